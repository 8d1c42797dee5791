using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Analysis;

/// <summary>A rule string and the document it came from.</summary>
internal sealed record AnalyzedRule(SettingsDocument Document, RuleText Text)
{
    public PermissionRule Rule => Text.Validated.Syntax.Rule;

    public RuleSyntax Syntax => Text.Validated.Syntax;

    public RuleBehavior Behavior => Text.Behavior;

    /// <summary>The whole rule's location.</summary>
    public RuleEngine.Diagnostics.Location Location => Text.Location;

    /// <summary>The location of the content (or the whole rule when there is none).</summary>
    public RuleEngine.Diagnostics.Location ContentLocation =>
        Syntax.ContentSpan is { } span ? Text.LocationOf(span) : Text.Location;

    /// <summary>The location of the tool name.</summary>
    public RuleEngine.Diagnostics.Location ToolNameLocation => Text.LocationOf(Syntax.ToolNameSpan);
}
