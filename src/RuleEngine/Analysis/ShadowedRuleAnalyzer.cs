using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Analysis;

/// <summary>
/// Allow rules that can never take effect because a broader deny or ask rule matches everything they
/// allow (decision.md §1: deny → ask → allow, no specificity). Containment is decided conservatively:
/// only when it is certain.
/// </summary>
internal sealed class ShadowedRuleAnalyzer : IRuleSetAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        // Index the deny/ask rules so each allow rule is compared only with rules that could cover it:
        // tool-name globs (few), and rules of the same tool bucketed by the first word of a command pattern.
        var globs = new List<AnalyzedRule>();
        var byKey = new Dictionary<(string Tool, string Word), List<AnalyzedRule>>();
        foreach (AnalyzedRule e in context.Loaded.Where(e => e.Behavior != RuleBehavior.Allow))
        {
            if (e.Rule.HasToolGlob)
            {
                globs.Add(e);
                continue;
            }

            string tool = e.Rule.IsMcp ? McpServer(e.Rule.ToolName) : e.Rule.ToolName;
            (string, string) key = (tool, FirstWord(e.Rule.Content));
            if (!byKey.TryGetValue(key, out List<AnalyzedRule>? list))
            {
                byKey[key] = list = [];
            }

            list.Add(e);
        }

        foreach (AnalyzedRule allow in context.Loaded.Where(e => e.Behavior == RuleBehavior.Allow))
        {
            string tool = allow.Rule.IsMcp ? McpServer(allow.Rule.ToolName) : allow.Rule.ToolName;
            IEnumerable<AnalyzedRule> candidates = globs
                .Concat(byKey.GetValueOrDefault((tool, string.Empty)) ?? [])
                .Concat(allow.Rule.Content is { } c && FirstWord(c) is { Length: > 0 } w ? byKey.GetValueOrDefault((tool, w)) ?? [] : []);
            foreach (AnalyzedRule other in candidates)
            {
                if (other.Rule == allow.Rule || !Covers(other.Rule, allow.Rule))
                {
                    continue;
                }

                context.Report(Diagnostic.Create(Descriptors.ShadowedRule, allow.Location,
                    $"allow rule `{allow.Rule}` never takes effect: {other.Behavior.ToName()} rule `{other.Rule}` at {other.Location} matches everything it allows",
                    "deny and ask rules cannot have exceptions; narrow the broader rule or remove this one"));
                break;
            }
        }
    }

    /// <summary>The complete first word of a command pattern, or empty when the pattern has none (tool-wide, <c>npm*</c>).</summary>
    private static string FirstWord(string? content)
    {
        if (content is null)
        {
            return string.Empty;
        }

        string t = content.TrimStart();
        int end = t.IndexOf(' ');
        if (end <= 0)
        {
            return string.Empty;
        }

        string word = t[..end];
        return word.Contains('*') || word.Contains(':') ? string.Empty : word;
    }

    private static string McpServer(string toolName)
    {
        int sep = toolName.IndexOf("__", 5, StringComparison.Ordinal);
        return sep < 0 ? toolName : toolName[..sep];
    }

    /// <summary>True when every call <paramref name="narrow"/> matches is certainly matched by <paramref name="broad"/>.</summary>
    internal static bool Covers(PermissionRule broad, PermissionRule narrow)
    {
        if (broad.Content is null)
        {
            if (broad.HasToolGlob)
            {
                return !narrow.HasToolGlob && ToolGlob.Matches(broad.ToolName, narrow.ToolName);
            }

            if (broad.ToolName == narrow.ToolName)
            {
                return true;
            }

            // mcp__server covers mcp__server__tool and mcp__server__*.
            return broad.IsMcp && narrow.ToolName.StartsWith(broad.ToolName + "__", StringComparison.Ordinal);
        }

        if (broad.ToolName != narrow.ToolName || narrow.Content is null)
        {
            return false;
        }

        return broad.ToolName is "Bash" or "Monitor" && CommandCovers(broad.Content, narrow.Content);
    }

    private static bool CommandCovers(string broad, string narrow)
    {
        string b = broad.Trim();
        string? bPrefix = null;
        bool spaceBoundary;
        if (b.EndsWith(":*", StringComparison.Ordinal) && b.Length > 2)
        {
            bPrefix = b[..^2];
            spaceBoundary = true;
        }
        else if (b.EndsWith(" *", StringComparison.Ordinal) && b.IndexOf('*') == b.Length - 1)
        {
            bPrefix = b[..^2];
            spaceBoundary = true;
        }
        else if (b.EndsWith('*') && b.IndexOf('*') == b.Length - 1)
        {
            bPrefix = b[..^1];
            spaceBoundary = false;
        }
        else
        {
            return false;
        }

        if (CommandPatternAnalyzer.HasUnescapedStar(bPrefix) || bPrefix.Contains('\\'))
        {
            return false;
        }

        string n = narrow.Trim();
        string literal = n.EndsWith(":*", StringComparison.Ordinal) ? n[..^2] : n;
        int star = literal.IndexOf('*');
        if (star >= 0)
        {
            literal = literal[..star];
        }

        return spaceBoundary
            ? literal == bPrefix || literal.StartsWith(bPrefix + " ", StringComparison.Ordinal)
            : literal.StartsWith(bPrefix, StringComparison.Ordinal);
    }
}
