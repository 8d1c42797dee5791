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
    /// <summary>Parses a rule string without file provenance (tests, CLI flags).</summary>
    public static RuleEntry Parse(string text, RuleBehavior behavior, RuleSource source = RuleSource.LocalSettings) =>
        new(RuleParser.Parse(text).Rule, behavior, source, Location.None);

    /// <inheritdoc />
    public override string ToString() => $"{Behavior.ToName()} {Rule} @{Source.ToName()}";
}
