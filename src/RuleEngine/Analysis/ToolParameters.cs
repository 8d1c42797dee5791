using System.Collections.Frozen;

namespace RuleEngine.Analysis;

/// <summary>The input fields of built-in tools (hook-protocol.md §3) and each tool's primary field (rules.md §4).</summary>
internal static class ToolParameters
{
    private static readonly FrozenDictionary<string, string> s_primary = new Dictionary<string, string>
    {
        ["Bash"] = "command", ["PowerShell"] = "command", ["Monitor"] = "command",
        ["Read"] = "file_path", ["Edit"] = "file_path", ["Write"] = "file_path",
        ["NotebookEdit"] = "notebook_path", ["WebFetch"] = "url", ["Glob"] = "path", ["Grep"] = "path",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]> s_fields = new Dictionary<string, string[]>
    {
        ["Bash"] = ["command", "description", "timeout", "run_in_background"],
        ["PowerShell"] = ["command", "description", "timeout", "run_in_background"],
        ["Monitor"] = ["command", "description", "timeout"],
        ["Read"] = ["file_path", "offset", "limit", "pages"],
        ["Write"] = ["file_path", "content"],
        ["Edit"] = ["file_path", "old_string", "new_string", "replace_all"],
        ["NotebookEdit"] = ["notebook_path", "new_source", "cell_id", "cell_type", "edit_mode"],
        ["Glob"] = ["pattern", "path"],
        ["Grep"] = ["pattern", "path", "glob", "type", "output_mode", "-i", "-n", "-A", "-B", "-C", "multiline", "head_limit"],
        ["WebFetch"] = ["url", "prompt"],
        ["WebSearch"] = ["query", "allowed_domains", "blocked_domains"],
        ["Agent"] = ["prompt", "description", "subagent_type", "model", "isolation", "run_in_background", "name"],
        ["Skill"] = ["skill", "args"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The tool's primary content field, or null.</summary>
    public static string? PrimaryField(string tool) => s_primary.GetValueOrDefault(tool);

    /// <summary>True when <paramref name="field"/> is a documented input field of <paramref name="tool"/>.</summary>
    public static bool IsField(string tool, string field) => s_fields.TryGetValue(tool, out string[]? f) && Array.IndexOf(f, field) >= 0;

    /// <summary>Splits <c>key:value</c> at the first colon, trimmed; false unless both parts are non-empty (rules.md §4).</summary>
    public static bool TrySplitParameter(string content, out string key, out string value)
    {
        int colon = content.IndexOf(':');
        key = colon > 0 ? content[..colon].Trim() : string.Empty;
        value = colon > 0 ? content[(colon + 1)..].Trim() : string.Empty;
        return key.Length > 0 && value.Length > 0;
    }
}
