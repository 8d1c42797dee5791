using RuleEngine.Syntax;

namespace RuleEngine.Settings.Json;

/// <summary>A JSON value with the span of its source text (characters of the decoded file).</summary>
internal abstract class JsonNode
{
    protected JsonNode(TextSpan span) => Span = span;

    /// <summary>Where the value's text sits in the file.</summary>
    public TextSpan Span { get; }

    /// <summary>The JSON type name used in messages (<c>object</c>, <c>array</c>, <c>string</c>, …).</summary>
    public abstract string KindName { get; }
}

/// <summary>A JSON object; properties keep their order and duplicates (the last one wins on lookup, as in JavaScript).</summary>
internal sealed class JsonObjectNode(TextSpan span, IReadOnlyList<JsonPropertyNode> properties) : JsonNode(span)
{
    public IReadOnlyList<JsonPropertyNode> Properties { get; } = properties;

    public override string KindName => "object";

    public JsonPropertyNode? Find(string name)
    {
        for (int i = Properties.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Properties[i].Name, name, StringComparison.Ordinal))
            {
                return Properties[i];
            }
        }

        return null;
    }
}

/// <summary>One <c>"name": value</c> pair.</summary>
internal sealed record JsonPropertyNode(string Name, JsonStringNode NameNode, JsonNode Value);

/// <summary>A JSON array.</summary>
internal sealed class JsonArrayNode(TextSpan span, IReadOnlyList<JsonNode> items) : JsonNode(span)
{
    public IReadOnlyList<JsonNode> Items { get; } = items;

    public override string KindName => "array";
}

/// <summary>
/// A JSON string. <c>Span</c> covers the quotes; <see cref="SourceOffset"/> maps an index into the
/// decoded <see cref="Value"/> to the exact file offset of that character, through any escapes.
/// </summary>
internal sealed class JsonStringNode : JsonNode
{
    // Invariant: _offsets is null when the string has no escapes (offset = Span.Start + 1 + index);
    // otherwise _offsets[i] is the file offset of Value[i] and _offsets[Value.Length] the closing quote.
    private readonly int[]? _offsets;

    public JsonStringNode(TextSpan span, string value, int[]? offsets)
        : base(span)
    {
        Value = value;
        _offsets = offsets;
    }

    public string Value { get; }

    public override string KindName => "string";

    /// <summary>The file offset of <c>Value[index]</c>; <paramref name="index"/> may equal the length (closing quote).</summary>
    public int SourceOffset(int index)
    {
        index = Math.Clamp(index, 0, Value.Length);
        return _offsets is null ? Span.Start + 1 + index : _offsets[index];
    }

    /// <summary>Maps a span inside <see cref="Value"/> to a span in the file (escapes widen it).</summary>
    public TextSpan MapSpan(TextSpan inValue)
    {
        int start = SourceOffset(inValue.Start);
        int end = inValue.Length == 0 ? start : SourceOffset(inValue.End);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }
}

/// <summary>A JSON number, kept as its literal text.</summary>
internal sealed class JsonNumberNode(TextSpan span, string text) : JsonNode(span)
{
    public string Text { get; } = text;

    public override string KindName => "number";
}

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed class JsonBoolNode(TextSpan span, bool value) : JsonNode(span)
{
    public bool Value { get; } = value;

    public override string KindName => "boolean";
}

/// <summary><c>null</c>.</summary>
internal sealed class JsonNullNode(TextSpan span) : JsonNode(span)
{
    public override string KindName => "null";
}
