using System.Globalization;
using System.Text.Json;
using RuleEngine.Analysis;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

/// <summary>Tool-level matching: tool-wide rules, tool-name globs, MCP server rules and parameter rules (rules.md §3–§5).</summary>
internal static class ToolRuleMatcher
{
    /// <summary>True when a content-less rule matches the tool (exact name, glob, or MCP server).</summary>
    public static bool MatchesToolWide(PermissionRule rule, string toolName)
    {
        if (rule.Content is not null)
        {
            return false;
        }

        if (string.Equals(rule.ToolName, toolName, StringComparison.Ordinal))
        {
            return true;
        }

        if (rule.HasToolGlob)
        {
            return ToolGlob.Matches(rule.ToolName, toolName);
        }

        // mcp__server matches every tool of that server (rules.md §5).
        return rule.IsMcp
            && rule.ToolName.IndexOf("__", 5, StringComparison.Ordinal) < 0
            && toolName.Length > rule.ToolName.Length + 2
            && toolName.StartsWith(rule.ToolName, StringComparison.Ordinal)
            && toolName.AsSpan(rule.ToolName.Length).StartsWith("__");
    }

    /// <summary>True when a deny/ask rule's content, read as <c>param:value</c>, matches the call's input (rules.md §4).</summary>
    public static bool MatchesParameter(PermissionRule rule, ToolCall call)
    {
        if (rule.Content is not { } content || rule.HasToolGlob || !string.Equals(rule.ToolName, call.ToolName, StringComparison.Ordinal))
        {
            return false;
        }

        if (!ToolParameters.TrySplitParameter(content, out string key, out string pattern) || key == ToolParameters.PrimaryField(call.ToolName))
        {
            return false;
        }

        if (call.Input.ValueKind != JsonValueKind.Object || !call.Input.TryGetProperty(key, out JsonElement value))
        {
            return false;
        }

        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return text is not null && ToolGlob.Matches(pattern, text.Trim());
    }

    /// <summary>Formats a JSON scalar for messages.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
