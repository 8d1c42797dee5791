using System.Text;
using System.Text.Json;

namespace RuleEngine.AutoMode.Classification;

/// <summary>
/// An action as the classifier sees it (auto-mode.md §4): the tool name and a compact rendering of its
/// input, e.g. Bash <c>npm test</c>, Agent <c>(Explore): find the config loader</c>, Edit <c>src/a.cs</c>.
/// </summary>
/// <param name="ToolName">The canonical tool name.</param>
/// <param name="Input">The compact rendering of the input.</param>
public sealed record ClassifierAction(string ToolName, string Input)
{
    /// <summary>A Bash action for <paramref name="command"/>.</summary>
    public static ClassifierAction Bash(string command) => new("Bash", command);

    /// <summary>Renders a tool call given in the hook-style <c>tool_input</c> shape.</summary>
    public static ClassifierAction FromToolInput(string toolName, JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(toolName);
        return new ClassifierAction(toolName, Render(toolName, input));
    }

    /// <summary>One line: <c>Tool: input</c>.</summary>
    public override string ToString() => $"{ToolName}: {Input}";

    private static string Render(string toolName, JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Object)
        {
            return input.ValueKind == JsonValueKind.Undefined ? string.Empty : input.GetRawText();
        }

        switch (toolName)
        {
            case "Bash":
            case "Monitor":
                return Str(input, "command") ?? input.GetRawText();
            case "PowerShell":
                return Str(input, "command") ?? input.GetRawText();
            case "Agent":
                return $"({Str(input, "subagent_type") ?? "general-purpose"}): {Str(input, "prompt") ?? Str(input, "description") ?? string.Empty}";
            case "Read":
            case "Edit":
            case "Write":
            case "NotebookEdit":
                return RenderFile(toolName, input);
            case "WebFetch":
                return Str(input, "url") ?? input.GetRawText();
            case "WebSearch":
                return Str(input, "query") ?? input.GetRawText();
            default:
                return input.GetRawText();
        }
    }

    private static string RenderFile(string toolName, JsonElement input)
    {
        string path = Str(input, "file_path") ?? Str(input, "notebook_path") ?? string.Empty;
        var sb = new StringBuilder(path);
        string? body = toolName switch
        {
            "Write" => Str(input, "content"),
            "Edit" => Str(input, "new_string"),
            "NotebookEdit" => Str(input, "new_source"),
            _ => null,
        };
        if (body is not null)
        {
            const int Max = 2000;
            sb.Append('\n').Append(body.Length > Max ? body[..Max] + "…" : body);
        }

        return sb.ToString();
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
