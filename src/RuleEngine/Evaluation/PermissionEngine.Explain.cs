using System.Collections.Immutable;
using System.Text;
using RuleEngine.Evaluation.Files;
using RuleEngine.Evaluation.Web;
using RuleEngine.Paths;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

public sealed partial class PermissionEngine
{
    /// <summary>
    /// The decision plus, for every rule relevant to the call, whether it matched and — when it did not — the
    /// nearest miss (where the rule's text and the command part ways). Not a hot path: it re-analyses the call.
    /// </summary>
    public Explanation Explain(ToolCall call, EvaluationContext context)
    {
        Decision decision = Decide(call, context);
        var traces = ImmutableArray.CreateBuilder<RuleTrace>();
        foreach (RuleBehavior behavior in s_order)
        {
            foreach (RuleEntry entry in _rules.For(behavior))
            {
                if (Trace(entry, call, context) is { } trace)
                {
                    traces.Add(trace);
                }
            }
        }

        return new Explanation(call, decision, traces.ToImmutable());
    }

    private RuleTrace? Trace(RuleEntry entry, ToolCall call, EvaluationContext context)
    {
        PermissionRule rule = entry.Rule;
        string tool = call.ToolName;
        if (rule.Content is null)
        {
            if (ToolRuleMatcher.MatchesToolWide(rule, tool))
            {
                return new RuleTrace(entry, true, rule.HasToolGlob ? $"the glob `{rule.ToolName}` matches `{tool}`" : $"matches every {tool} call");
            }

            return rule.ToolName == tool || (rule.HasToolGlob && entry.Behavior == RuleBehavior.Allow)
                ? new RuleTrace(entry, false, rule.HasToolGlob ? "tool-name globs in allow rules are skipped (only `mcp__server__*` works)" : "does not apply")
                : null;
        }

        if (entry.Behavior != RuleBehavior.Allow && ToolRuleMatcher.MatchesParameter(rule, call))
        {
            return new RuleTrace(entry, true, "the parameter rule matches the input");
        }

        if (rule.HasToolGlob)
        {
            return ToolGlob.Matches(rule.ToolName, tool) ? new RuleTrace(entry, false, "a tool-name glob with content never matches") : null;
        }

        return tool switch
        {
            "Bash" or "Monitor" when rule.ToolName == "Bash" => TraceBash(entry, call, context),
            "Bash" or "Monitor" when rule.ToolName is "Read" or "Edit" => new RuleTrace(entry, false, "path rule: consulted for the path arguments and redirect targets of file commands"),
            "PowerShell" when rule.ToolName == "PowerShell" => TracePowerShell(entry, call),
            "WebFetch" when rule.ToolName == "WebFetch" => TraceWebFetch(entry, call),
            "Skill" when rule.ToolName == "Skill" => new RuleTrace(entry, Compilation.SkillRules.Matches(rule.Content, (call.GetString("skill") ?? string.Empty).TrimStart('/')),
                Compilation.SkillRules.Matches(rule.Content, (call.GetString("skill") ?? string.Empty).TrimStart('/')) ? "matches the skill name" : $"does not match skill `{call.GetString("skill")}`"),
            "Agent" when rule.ToolName == "Agent" => new RuleTrace(entry, entry.Behavior == RuleBehavior.Deny && rule.Content == call.GetString("subagent_type"),
                entry.Behavior == RuleBehavior.Deny ? $"subagent type `{call.GetString("subagent_type")}`" : "Agent content rules other than deny do not decide spawns"),
            _ when FilePermissionPolicy.IsFileTool(tool) && rule.ToolName is "Read" or "Edit" => TraceFile(entry, call, context),
            _ when rule.ToolName == tool => new RuleTrace(entry, false, "content rules of this tool are never consulted (rules.md §10)"),
            _ => null,
        };
    }

    private RuleTrace TraceBash(RuleEntry entry, ToolCall call, EvaluationContext context)
    {
        string text = (call.GetString("command") ?? string.Empty).Trim();
        var pattern = BashPattern.Compile(entry.Rule.Content!);
        ShellAnalyzer analyzer = ShellAnalyzerPool.Rent(context.Home);
        try
        {
            CommandLine line = analyzer.Analyze(text);
            if (line.Status != AnalysisStatus.Ok || line.Commands.Length == 0)
            {
                bool raw = pattern.MatchesText(text, entry.Behavior);
                return new RuleTrace(entry, raw, raw ? "matches the command text" : "the command could not be analysed; " + NearMiss.Describe(entry.Rule.Content!, text));
            }

            var notes = new StringBuilder();
            bool any = false;
            foreach (SimpleCommand cmd in line.Commands)
            {
                string shown = cmd.DisplayText.ToString();
                if (notes.Length > 0)
                {
                    notes.Append('\n');
                }

                if (pattern.Matches(cmd, entry.Behavior))
                {
                    any = true;
                    notes.Append($"matches `{shown}`");
                    continue;
                }

                string best = BestCandidate(cmd, entry.Behavior, entry.Rule.Content!);
                notes.Append($"no match for `{shown}`: {NearMiss.Describe(entry.Rule.Content!, best)}");
            }

            return new RuleTrace(entry, any, notes.ToString());
        }
        finally
        {
            ShellAnalyzerPool.Return(analyzer);
        }
    }

    private static string BestCandidate(SimpleCommand cmd, RuleBehavior list, string pattern)
    {
        string best = cmd.DisplayText.ToString();
        int bestCommon = -1;
        foreach (Candidate c in cmd.GetCandidates(list))
        {
            ReadOnlySpan<char> t = cmd.CandidateText(c);
            int common = t.CommonPrefixLength(pattern.AsSpan());
            if (common > bestCommon)
            {
                bestCommon = common;
                best = t.ToString();
            }
        }

        return best;
    }

    private RuleTrace TracePowerShell(RuleEntry entry, ToolCall call)
    {
        string text = (call.GetString("command") ?? string.Empty).Trim();
        var parts = new List<PowerShellSubcommand>();
        var pattern = PowerShellPattern.Compile(entry.Rule.Content!);
        if (!PowerShellSplitter.TrySplit(text, parts, out _))
        {
            parts.Add(new PowerShellSubcommand(text, text, false));
        }

        bool any = parts.Any(p => pattern.Matches(p, entry.Behavior));
        string notes = string.Join('\n', parts.Select(p => pattern.Matches(p, entry.Behavior)
            ? $"matches `{p.Text}`"
            : $"no match for `{p.Text}` (as `{p.CanonicalText}`): {NearMiss.Describe(entry.Rule.Content!.ToLowerInvariant(), p.CanonicalText.ToLowerInvariant())}"));
        return new RuleTrace(entry, any, notes);
    }

    private static RuleTrace TraceWebFetch(RuleEntry entry, ToolCall call)
    {
        string content = entry.Rule.Content!;
        if (!content.StartsWith("domain:", StringComparison.Ordinal))
        {
            return new RuleTrace(entry, false, "WebFetch rules need `domain:`; this one never matches");
        }

        if (!WebUrl.TryParse(call.GetString("url"), out WebUrl url, out string error))
        {
            return new RuleTrace(entry, false, error);
        }

        bool matched = DomainPattern.Compile(content[7..]) is { } p && p.Matches(url.Host);
        return new RuleTrace(entry, matched, matched ? $"matches host `{url.Host}`" : $"host `{url.Host}` does not match `{content[7..]}`"
            + (content[7..].StartsWith("*.", StringComparison.Ordinal) ? " (`*.` needs at least one more label)" : string.Empty));
    }

    private RuleTrace TraceFile(RuleEntry entry, ToolCall call, EvaluationContext context)
    {
        string? path = call.GetString("file_path") ?? call.GetString("notebook_path") ?? call.GetString("path") ?? context.Cwd;
        PathAccess access = call.ToolName is "Edit" or "Write" or "NotebookEdit" ? PathAccess.Edit : PathAccess.Read;
        if (entry.Rule.ToolName == "Edit" && access == PathAccess.Read && entry.Behavior != RuleBehavior.Allow)
        {
            return new RuleTrace(entry, false, "Edit deny/ask rules do not govern reads");
        }

        if (entry.Rule.ToolName == "Read" && access == PathAccess.Edit && entry.Behavior != RuleBehavior.Deny)
        {
            return new RuleTrace(entry, false, "Read allow/ask rules do not govern edits");
        }

        FilePermissionPolicy single = FilePermissionPolicy.Create([entry], ToFileContext(context));
        PathAccess ruleAccess = entry.Rule.ToolName == "Read" ? PathAccess.Read : PathAccess.Edit;
        bool matched = single.FindRule(ruleAccess, entry.Behavior, path) is not null;
        ResolvedPath resolved = single.Resolve(path);
        return new RuleTrace(entry, matched, matched
            ? $"matches `{resolved.Requested}`"
            : $"`{entry.Rule.Content}` does not match `{resolved.Requested}` (relative patterns are anchored at {(entry.SourceRoot ?? context.Cwd)} for `/`, and at the cwd otherwise)");
    }
}
