using System.Text.Json;

namespace RuleEngine.Evaluation;

/// <summary>A tool call: the canonical tool name and its input object in the hook <c>tool_input</c> shape.</summary>
/// <param name="ToolName">The canonical tool name, e.g. <c>Bash</c> or <c>mcp__github__get_issue</c>.</param>
/// <param name="Input">The input object.</param>
public sealed record ToolCall(string ToolName, JsonElement Input)
{
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

    /// <summary>The string value of a top-level input property, or null when absent or not a string.</summary>
    public string? GetString(string property) =>
        Input.ValueKind == JsonValueKind.Object && Input.TryGetProperty(property, out JsonElement v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
