using System.Text.Json;
using RuleEngine.Evaluation;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// The tool call a command evaluates: from <c>--tool NAME --input JSON</c>, <c>--command "…"</c> (Bash),
/// <c>--path P</c> (Read unless <c>--tool</c> names another file tool), <c>--url U</c> (WebFetch), or a
/// PreToolUse hook JSON object on stdin (which also carries <c>cwd</c> and <c>permission_mode</c>).
/// </summary>
internal sealed record CallSpec(ToolCall Call, string? Cwd, string? Mode)
{
    public static readonly string[] Valued = ["--tool", "--input", "--command", "--path", "--url"];

    public static CallSpec Read(ArgReader a, TextReader stdin)
    {
        string? tool = a.Single("--tool");
        if (a.Single("--command") is { } command)
        {
            return new CallSpec(ToolCall.FromObject(tool ?? "Bash", new Dictionary<string, object?> { ["command"] = command }), null, null);
        }

        if (a.Single("--url") is { } url)
        {
            return new CallSpec(ToolCall.WebFetch(url), null, null);
        }

        if (a.Single("--path") is { } path)
        {
            string t = tool ?? "Read";
            string field = t switch
            {
                "NotebookEdit" => "notebook_path",
                "Glob" or "Grep" => "path",
                _ => "file_path",
            };
            string full = Path.IsPathRooted(path) ? path : Path.GetFullPath(path, a.Single("--cwd") ?? Directory.GetCurrentDirectory());
            return new CallSpec(ToolCall.FromObject(t, new Dictionary<string, object?> { [field] = full }), null, null);
        }

        if (tool is not null)
        {
            string input = a.Single("--input") ?? "{}";
            JsonElement element;
            try
            {
                using JsonDocument doc = JsonDocument.Parse(input);
                element = doc.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new UsageException($"--input is not valid JSON: {ex.Message}");
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException("--input must be a JSON object, e.g. '{\"command\":\"npm test\"}'");
            }

            return new CallSpec(new ToolCall(tool, element), null, null);
        }

        string text = stdin.ReadToEnd();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException("give a call with --command, --path, --url or --tool/--input, or pipe a PreToolUse hook JSON on stdin");
        }

        return FromHookJson(text);
    }

    /// <summary>Parses a PreToolUse hook input object; throws <see cref="HookInputException"/> with a clear reason.</summary>
    public static CallSpec FromHookJson(string text)
    {
        JsonElement root;
        try
        {
            using JsonDocument doc = JsonDocument.Parse(text);
            root = doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new HookInputException($"stdin is not valid JSON ({ex.Message})");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new HookInputException("stdin must be a JSON object (the PreToolUse hook input)");
        }

        if (!root.TryGetProperty("tool_name", out JsonElement name) || name.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(name.GetString()))
        {
            throw new HookInputException("hook input has no string `tool_name`");
        }

        if (!root.TryGetProperty("tool_input", out JsonElement input) || input.ValueKind != JsonValueKind.Object)
        {
            throw new HookInputException("hook input has no object `tool_input`");
        }

        string? cwd = root.TryGetProperty("cwd", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        string? mode = root.TryGetProperty("permission_mode", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        return new CallSpec(new ToolCall(name.GetString()!, input), cwd, mode);
    }
}
