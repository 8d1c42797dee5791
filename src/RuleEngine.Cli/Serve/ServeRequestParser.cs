using System.Text.Json;
using RuleEngine.Evaluation;
using RuleEngine.Settings;

namespace RuleEngine.Cli.Serve;

/// <summary>
/// Reads one request object (protocol in <c>Serve/README.md</c>): a PreToolUse hook object
/// (<c>tool_name</c>, <c>tool_input</c>, <c>cwd</c>?, <c>permission_mode</c>?), the short form
/// (<c>tool</c>, <c>input</c>?, <c>cwd</c>?, <c>mode</c>?), or an operation (<c>op</c>); any of them may carry an <c>id</c>.
/// </summary>
internal static class ServeRequestParser
{
    private static readonly JsonElement s_emptyInput = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>Parses <paramref name="root"/>; throws <see cref="ServeRequestException"/> with a clear message.</summary>
    public static ServeRequest Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ServeRequestException($"a request must be a JSON object, got {Describe(root.ValueKind)}");
        }

        JsonElement? id = root.TryGetProperty("id", out JsonElement i) ? i : null;
        if (root.TryGetProperty("op", out JsonElement op))
        {
            ServeRequestKind kind = op.ValueKind == JsonValueKind.String ? op.GetString() switch
            {
                "ping" => ServeRequestKind.Ping,
                "reload" => ServeRequestKind.Reload,
                "stats" => ServeRequestKind.Stats,
                _ => throw new ServeRequestException($"unknown op `{op.GetString()}` (use ping, reload or stats)", id),
            } : throw new ServeRequestException("`op` must be a string: ping, reload or stats", id);
            return new ServeRequest(kind, id, null, null, null);
        }

        bool hookForm = root.TryGetProperty("tool_name", out JsonElement toolName);
        bool shortForm = root.TryGetProperty("tool", out JsonElement tool);
        if (hookForm && shortForm)
        {
            throw new ServeRequestException("give either `tool_name`/`tool_input` (hook form) or `tool`/`input`, not both", id);
        }

        if (!hookForm && !shortForm)
        {
            throw new ServeRequestException("a request needs `tool_name` and `tool_input` (a PreToolUse hook object), `tool` and `input`, or `op`", id);
        }

        if (hookForm && root.TryGetProperty("hook_event_name", out JsonElement evt) && !(evt.ValueKind == JsonValueKind.String && evt.ValueEquals("PreToolUse")))
        {
            throw new ServeRequestException($"only PreToolUse hook objects are decided, got hook_event_name {evt.GetRawText()}", id);
        }

        string nameField = hookForm ? "tool_name" : "tool";
        JsonElement name = hookForm ? toolName : tool;
        if (name.ValueKind != JsonValueKind.String || name.GetString() is not { Length: > 0 } toolText)
        {
            throw new ServeRequestException($"`{nameField}` must be a non-empty string", id);
        }

        string inputField = hookForm ? "tool_input" : "input";
        JsonElement input = s_emptyInput;
        if (root.TryGetProperty(inputField, out JsonElement given))
        {
            if (given.ValueKind != JsonValueKind.Object)
            {
                throw new ServeRequestException($"`{inputField}` must be a JSON object, got {Describe(given.ValueKind)}", id);
            }

            input = given;
        }
        else if (hookForm)
        {
            throw new ServeRequestException("hook object has no `tool_input` object", id);
        }

        string? cwd = OptionalString(root, "cwd", id);
        if (cwd is not null && !Path.IsPathFullyQualified(cwd))
        {
            throw new ServeRequestException($"`cwd` must be an absolute path, got `{cwd}`", id);
        }

        if (cwd is not null)
        {
            // `/p/./a/../` and `/p` are the same session directory.
            cwd = Path.TrimEndingDirectorySeparator(Path.GetFullPath(cwd));
        }

        string modeField = hookForm ? "permission_mode" : "mode";
        PermissionMode? mode = null;
        if (OptionalString(root, modeField, id) is { } modeName)
        {
            mode = PermissionModeNames.TryParse(modeName, out PermissionMode m)
                ? m
                : throw new ServeRequestException($"unknown `{modeField}` `{modeName}` (use {string.Join(", ", PermissionModeNames.Accepted)})", id);
        }

        return new ServeRequest(ServeRequestKind.Decide, id, new ToolCall(toolText, input), cwd, mode);
    }

    private static string? OptionalString(JsonElement root, string field, JsonElement? id)
    {
        if (!root.TryGetProperty(field, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new ServeRequestException($"`{field}` must be a string, got {Describe(value.ValueKind)}", id);
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
