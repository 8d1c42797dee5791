using RuleEngine.Diagnostics;

namespace RuleEngine.Syntax;

/// <summary>
/// A loaded rule with its provenance: which list, which scope, which file and where in it.
/// This is what the engine evaluates and what every decision reason points back to.
/// </summary>
/// <param name="Rule">The semantic rule.</param>
/// <param name="Behavior">The list it sits in.</param>
/// <param name="Source">The scope it came from.</param>
/// <param name="Location">Where the rule string starts in its file, or <see cref="Location.None"/>.</param>
/// <param name="SourceRoot">The directory a single leading <c>/</c> is relative to for this source (paths.md §4), or null to use the cwd.</param>
public sealed record RuleEntry(PermissionRule Rule, RuleBehavior Behavior, RuleSource Source, Location Location, string? SourceRoot = null)
{
    /// <summary>The rule string as the user wrote it, when known (e.g. <c>Read(*)</c> for the canonical <c>Read</c>).</summary>
    public string? Written { get; init; }

    /// <summary>
    /// True for a tool-wide rule written with explicit <c>(*)</c>. Claude Code treats <c>Read(*)</c> like
    /// <c>Read</c> at tool level, but a file tool's outside-the-working-directories ask is lifted only by
    /// the bare form (conformance malformed-39).
    /// </summary>
    public bool IsWrittenStar => Rule.Content is null && Written is { } w && w.EndsWith("(*)", StringComparison.Ordinal);

    /// <summary>Parses a rule string without file provenance (tests, CLI flags).</summary>
    public static RuleEntry Parse(string text, RuleBehavior behavior, RuleSource source = RuleSource.LocalSettings) =>
        new(RuleParser.Parse(text).Rule, behavior, source, Location.None) { Written = text };

    /// <inheritdoc />
    public override string ToString() => $"{Behavior.ToName()} {Rule} @{Source.ToName()}";
}
