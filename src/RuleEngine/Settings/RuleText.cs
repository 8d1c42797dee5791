using RuleEngine.Diagnostics;
using RuleEngine.Settings.Json;
using RuleEngine.Syntax;

namespace RuleEngine.Settings;

/// <summary>One string entry of an <c>allow</c>/<c>ask</c>/<c>deny</c> array, validated, with its file position.</summary>
/// <param name="Validated">The parsed rule and its validator diagnostics (spans relative to the rule text).</param>
/// <param name="Behavior">The list.</param>
/// <param name="Location">Where the rule string sits in the file (inside the JSON quotes).</param>
/// <param name="Index">The entry's index in its array.</param>
public sealed record RuleText(ValidatedRule Validated, RuleBehavior Behavior, Location Location, int Index)
{
    /// <summary>The rule string as written (after JSON unescaping).</summary>
    public string Text => Validated.Syntax.Text;

    /// <summary>The JSON string node and file, to map spans inside the rule through JSON escapes.</summary>
    internal (JsonStringNode Node, SourceText Source)? Origin { get; init; }

    /// <summary>The file location of a span inside the rule text (exact even when the JSON string has escapes).</summary>
    public Location LocationOf(TextSpan inRule) =>
        Origin is var (node, source) ? source.LocationOf(node.MapSpan(inRule)) : Location with { Span = inRule };
}
