using RuleEngine.Syntax;

namespace RuleEngine.AutoMode.Configuration;

/// <summary>One entry of an effective autoMode section: a built-in entry (from <c>$defaults</c>) or user prose.</summary>
/// <param name="Section">The section it belongs to.</param>
/// <param name="Text">The prose the classifier reads.</param>
/// <param name="Source">The scope that wrote it; null for a built-in entry.</param>
/// <param name="BuiltInId">The built-in rule id (e.g. <c>soft.force-push</c>); null for user prose.</param>
public sealed record AutoModeItem(AutoModeSection Section, string Text, RuleSource? Source, string? BuiltInId)
{
    /// <summary>True for an entry spliced in by <c>$defaults</c>.</summary>
    public bool IsBuiltIn => BuiltInId is not null;
}
