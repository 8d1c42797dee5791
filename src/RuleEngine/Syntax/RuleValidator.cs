using System.Collections.Immutable;
using RuleEngine.Diagnostics;

namespace RuleEngine.Syntax;

/// <summary>
/// Reproduces Claude Code 2.1.329's per-entry settings validator (settings.md §7–§8): an entry with an
/// error-severity diagnostic is skipped when settings load; the rest of the file still loads.
/// Spans are relative to the rule text.
/// </summary>
public static class RuleValidator
{
    private static readonly string[] s_pathTools = ["Read", "Edit", "Write", "NotebookEdit", "MultiEdit", "NotebookRead", "Glob", "Grep"];

    /// <summary>Parses and validates <paramref name="text"/> as an entry of the <paramref name="behavior"/> list.</summary>
    public static ValidatedRule Validate(string text, RuleBehavior behavior)
    {
        RuleSyntax syntax = RuleParser.Parse(text);
        return new ValidatedRule(syntax, Validate(syntax, behavior));
    }

    /// <summary>All syntax and validator diagnostics for an already parsed rule.</summary>
    public static ImmutableArray<Diagnostic> Validate(RuleSyntax syntax, RuleBehavior behavior)
    {
        var list = ImmutableArray.CreateBuilder<Diagnostic>();
        list.AddRange(syntax.Diagnostics);
        if (syntax.IsMalformed || syntax.Text.Length == 0 || list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return list.ToImmutable();
        }

        string name = syntax.WrittenToolName;
        TextSpan nameSpan = syntax.ToolNameSpan;
        PermissionRule rule = syntax.Rule;

        if (name.Length > 0 && char.IsLower(name[0]) && name.IndexOf('_') < 0 && name.IndexOf('*') < 0)
        {
            string suggestion = char.ToUpperInvariant(name[0]) + name[1..];
            list.Add(Diagnostic.Create(Descriptors.LowercaseToolName, Location.InRule(nameSpan),
                $"tool names must start with uppercase: `{name}`", $"did you mean `{suggestion}`?"));
            return list.ToImmutable();
        }

        if (behavior == RuleBehavior.Allow && rule.HasToolGlob && !IsAnchoredMcpGlob(rule.ToolName))
        {
            list.Add(Diagnostic.Create(Descriptors.AllowToolGlob, Location.InRule(nameSpan),
                $"wildcard tool name `{rule.ToolName}` is not supported in allow rules",
                "allow rules accept `*` only after `mcp__<server>__`, e.g. `mcp__github__*`; list the tools to allow"));
            return list.ToImmutable();
        }

        if (rule.Content is null || syntax.ContentSpan is not TextSpan contentSpan)
        {
            return list.ToImmutable();
        }

        string content = rule.Content;
        string raw = syntax.Text.Substring(contentSpan.Start, contentSpan.Length);
        if (rule.IsMcp)
        {
            list.Add(Diagnostic.Create(Descriptors.McpContent, Location.InRule(contentSpan),
                $"MCP rules do not support patterns in parentheses: `{syntax.Text}`",
                $"use the tool name alone, e.g. `{rule.ToolName}` or `mcp__<server>__*`"));
            return list.ToImmutable();
        }

        if (HasAmbiguousEscape(raw))
        {
            list.Add(Diagnostic.Create(Descriptors.AmbiguousEscape, Location.InRule(contentSpan),
                "escaped `\\(` or `\\)` mixed with unescaped parentheses is ambiguous",
                "escape every literal parenthesis (`\\(x86\\)`), or use `/` instead of `\\` in paths"));
        }

        switch (rule.ToolName)
        {
            case "Bash" or "PowerShell" or "Monitor" when content == ":*":
                list.Add(Diagnostic.Create(Descriptors.EmptyPrefix, Location.InRule(contentSpan),
                    "prefix cannot be empty before `:*`", $"write the bare tool name `{rule.ToolName}` to match every command"));
                break;
            case "WebFetch" when content.Contains("://", StringComparison.Ordinal):
                list.Add(Diagnostic.Create(Descriptors.WebFetchWithoutDomain, Location.InRule(contentSpan),
                    $"WebFetch permissions use domain format, not URLs: `{content}`",
                    $"write `WebFetch(domain:{HostOf(content)})`"));
                break;
            case "WebFetch" when !content.StartsWith("domain:", StringComparison.Ordinal):
                list.Add(Diagnostic.Create(Descriptors.WebFetchWithoutDomain, Location.InRule(contentSpan),
                    $"WebFetch permissions must use the `domain:` prefix: `{content}`",
                    $"write `WebFetch(domain:{content})`"));
                break;
            case "WebSearch" when content.AsSpan().IndexOfAny('*', '?') >= 0:
                list.Add(Diagnostic.Create(Descriptors.WebSearchWildcard, Location.InRule(contentSpan),
                    "WebSearch does not support wildcards", "use the bare tool name `WebSearch`"));
                break;
            default:
                if (Array.IndexOf(s_pathTools, rule.ToolName) >= 0 && content.EndsWith(":*", StringComparison.Ordinal))
                {
                    list.Add(Diagnostic.Create(Descriptors.PrefixInPathRule, Location.InRule(contentSpan),
                        "the `:*` syntax is only for Bash prefix rules",
                        "path rules use gitignore patterns, e.g. `src/**`"));
                }

                break;
        }

        return list.ToImmutable();
    }

    /// <summary>True for a glob such as <c>mcp__github__*</c>: a literal server followed by <c>__</c>.</summary>
    public static bool IsAnchoredMcpGlob(string toolName)
    {
        if (!toolName.StartsWith("mcp__", StringComparison.Ordinal))
        {
            return false;
        }

        int sep = toolName.IndexOf("__", 5, StringComparison.Ordinal);
        if (sep <= 5)
        {
            return false;
        }

        return toolName.AsSpan(5, sep - 5).IndexOf('*') < 0;
    }

    private static bool HasAmbiguousEscape(string raw)
    {
        bool escaped = false;
        bool unescaped = false;
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] is '(' or ')')
            {
                if (RuleParser.IsEscaped(raw, i))
                {
                    escaped = true;
                }
                else
                {
                    unescaped = true;
                }
            }
        }

        return escaped && unescaped;
    }

    private static string HostOf(string content)
    {
        string s = content.StartsWith("domain:", StringComparison.Ordinal) ? content[7..] : content;
        int scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            s = s[(scheme + 3)..];
        }

        int end = s.IndexOfAny(['/', ':', '?', '#']);
        return end >= 0 ? s[..end] : s;
    }
}
