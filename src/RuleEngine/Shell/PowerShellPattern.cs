using RuleEngine.Syntax;

namespace RuleEngine.Shell;

/// <summary>
/// A compiled PowerShell rule specifier (bash.md §15): exact, or wildcard (<c>*</c> anywhere; <c>P:*</c> is
/// <c>P *</c>). Case-insensitive; the first word of pattern and command are alias-canonicalised, so
/// <c>PowerShell(Get-ChildItem *)</c> matches <c>gci</c>, <c>ls</c>, <c>dir</c> and <c>get-childitem -Recurse</c>.
/// </summary>
internal sealed class PowerShellPattern
{
    private readonly string _exact;
    private readonly string _exactCanonical;
    private readonly WildcardMatcher? _wildcard;

    private PowerShellPattern(string content, BashPatternKind kind, string exact, string exactCanonical, WildcardMatcher? wildcard)
    {
        Content = content;
        Kind = kind;
        _exact = exact;
        _exactCanonical = exactCanonical;
        _wildcard = wildcard;
    }

    /// <summary>The specifier as written.</summary>
    public string Content { get; }

    /// <summary>Exact or wildcard (prefix rules are compiled as wildcards); invalid for <c>:*</c>.</summary>
    public BashPatternKind Kind { get; }

    /// <summary>Classifies and compiles a specifier.</summary>
    public static PowerShellPattern Compile(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string text = content.Trim();
        if (text == ":*")
        {
            return new PowerShellPattern(content, BashPatternKind.Invalid, string.Empty, string.Empty, null);
        }

        if (text.Length > 2 && text.EndsWith(":*", StringComparison.Ordinal))
        {
            text = text[..^2] + " *";
        }

        if (!text.Contains('*'))
        {
            return new PowerShellPattern(content, BashPatternKind.Exact, content, PowerShellAliases.CanonicalizeFirstWord(content), null);
        }

        string normalized = Collapse(PowerShellAliases.CanonicalizeFirstWord(text)).ToLowerInvariant();
        return new PowerShellPattern(content, BashPatternKind.Wildcard, string.Empty, string.Empty, WildcardMatcher.Compile(normalized));
    }

    /// <summary>Whether the rule matches the subcommand (raw or alias-canonical form). The list is accepted for symmetry with <see cref="BashPattern"/>.</summary>
    public bool Matches(PowerShellSubcommand command, RuleBehavior list)
    {
        _ = list;
        switch (Kind)
        {
            case BashPatternKind.Invalid:
                return false;
            case BashPatternKind.Exact:
                return command.Text.Equals(_exact, StringComparison.OrdinalIgnoreCase)
                    || command.CanonicalText.Equals(_exactCanonical, StringComparison.OrdinalIgnoreCase);
        }

        return _wildcard!.IsMatch(Collapse(command.Text).ToLowerInvariant())
            || _wildcard.IsMatch(Collapse(command.CanonicalText).ToLowerInvariant());
    }

    private static string Collapse(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        bool blank = false;
        foreach (char c in text)
        {
            bool isBlank = c is ' ' or '\t';
            if (!isBlank || !blank)
            {
                builder.Append(isBlank ? ' ' : c);
            }

            blank = isBlank;
        }

        return builder.ToString();
    }
}
