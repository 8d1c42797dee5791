using System.Text.Json;

namespace RuleEngine.Evaluation;

/// <summary>A tool call: the canonical tool name and its input object in the hook <c>tool_input</c> shape.</summary>
/// <param name="ToolName">The canonical tool name, e.g. <c>Bash</c> or <c>mcp__github__get_issue</c>.</param>
/// <param name="Input">The input object.</param>
/// <remarks>
/// <see cref="GetString(string)"/> memoises the strings it extracts from <see cref="Input"/> on the instance,
/// so deciding the same call repeatedly does not allocate the command, path or URL again. The memo is not
/// part of the record's identity: equality and the hash code use only <see cref="ToolName"/> and
/// <see cref="Input"/>, and a <c>with</c> copy starts with an empty memo (so <c>call with { Input = … }</c>
/// never sees strings of the old input). The memo is safe to fill from several threads at once.
/// </remarks>
public sealed record ToolCall(string ToolName, JsonElement Input)
{
    // Most properties memoised per call; further ones are extracted on every call.
    private const int MaxCachedStrings = 8;

    private static readonly JsonElement s_empty = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>A call with an empty input object.</summary>
    public static ToolCall Bare(string toolName) => new(toolName, s_empty);

    /// <summary>A Bash call.</summary>
    public static ToolCall Bash(string command) => FromObject("Bash", new Dictionary<string, object?> { ["command"] = command });

    /// <summary>A call of a file tool with <c>file_path</c> (Read, Edit, Write).</summary>
    public static ToolCall File(string toolName, string filePath) => FromObject(toolName, new Dictionary<string, object?> { ["file_path"] = filePath });

    /// <summary>A WebFetch call.</summary>
    public static ToolCall WebFetch(string url) => FromObject("WebFetch", new Dictionary<string, object?> { ["url"] = url, ["prompt"] = "" });

    /// <summary>A call whose input is given as JSON text.</summary>
    public static ToolCall FromJson(string toolName, string inputJson)
    {
        using JsonDocument doc = JsonDocument.Parse(inputJson);
        return new ToolCall(toolName, doc.RootElement.Clone());
    }

    /// <summary>A call whose input is built from a dictionary of JSON-serialisable values.</summary>
    public static ToolCall FromObject(string toolName, IReadOnlyDictionary<string, object?> input) =>
        new(toolName, JsonSerializer.SerializeToElement(input));

    // Invariant: every entry holds what ExtractString returns for its property on this instance's Input.
    private CachedInputString? _strings;

    private ToolCall(ToolCall original)
    {
        // The `with` copy: the memo belongs to the original's Input, so it is not copied.
        ToolName = original.ToolName;
        Input = original.Input;
    }

    /// <summary>The string value of a top-level input property, or null when absent or not a string (memoised, see remarks).</summary>
    public string? GetString(string property)
    {
        ArgumentNullException.ThrowIfNull(property);
        CachedInputString? head = Volatile.Read(ref _strings);
        for (CachedInputString? e = head; e is not null; e = e.Next)
        {
            if (string.Equals(e.Property, property, StringComparison.Ordinal))
            {
                return e.Value;
            }
        }

        string? value = ExtractString(property);
        int depth = head?.Depth ?? 0;
        if (depth < MaxCachedStrings)
        {
            // A racing writer may replace this entry; the memo then just misses once more.
            Volatile.Write(ref _strings, new CachedInputString(property, value, head, depth + 1));
        }

        return value;
    }

    /// <summary>Equal when the tool names and the input elements are equal (the memo is ignored).</summary>
    public bool Equals(ToolCall? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(ToolName, other.ToolName, StringComparison.Ordinal) && EqualityComparer<JsonElement>.Default.Equals(Input, other.Input)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ToolName, EqualityComparer<JsonElement>.Default.GetHashCode(Input));

    private string? ExtractString(string property) =>
        Input.ValueKind == JsonValueKind.Object && Input.TryGetProperty(property, out JsonElement v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
