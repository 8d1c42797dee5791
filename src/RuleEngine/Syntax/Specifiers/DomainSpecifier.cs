namespace RuleEngine.Syntax.Specifiers;

/// <summary>
/// A WebFetch host rule, e.g. <c>WebFetch(domain:*.example.com)</c> (rules.md §6). Shape: the host
/// pattern after <c>domain:</c>, verbatim (so <c>domain: example.com</c> keeps its space and matches nothing).
/// </summary>
/// <param name="ToolName">Always <c>WebFetch</c>.</param>
/// <param name="Content">The unescaped content, starting with <c>domain:</c>.</param>
/// <param name="HostPattern">The text after <c>domain:</c>, e.g. <c>*.example.com</c>.</param>
public sealed record DomainSpecifier(string ToolName, string Content, string HostPattern)
    : Specifier(ToolName, Content)
{
    /// <summary>The prefix every WebFetch content needs.</summary>
    public const string DomainPrefix = "domain:";

    /// <summary>True for <c>domain:*</c>, which matches every host.</summary>
    public bool MatchesAnyHost => HostPattern == "*";

    /// <summary>True for a leading <c>*.</c>, which stands for one or more whole labels.</summary>
    public bool HasSubdomainWildcard => HostPattern.StartsWith("*.", StringComparison.Ordinal);
}
