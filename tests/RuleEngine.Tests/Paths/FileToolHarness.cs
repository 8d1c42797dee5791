using RuleEngine.Settings;
using System.Text.Json;
using RuleEngine.Diagnostics;
using RuleEngine.Evaluation.Files;
using RuleEngine.Paths;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Paths;

/// <summary>
/// A minimal stand-in for the lead's engine around the file-tool check, only for conformance tests:
/// tool-level deny/ask (bare names, tool-name globs, parameter rules; decision.md §2 steps 4–5), the
/// file check (step 6), then steps 8–13 (rule ask stays ask, bypass, tool-wide allow, passthrough → ask,
/// dontAsk ask → deny). Input validation (step 3) is not applied: the corpus labels the permission stage.
/// </summary>
internal static class FileToolHarness
{
    public static string Decide(string tool, JsonElement input, IReadOnlyList<RuleEntry> rules, IReadOnlySet<RuleEntry> starAllows, FileCheckContext context)
    {
        string stage = PermissionStage(tool, input, rules, starAllows, context, out _);
        return stage == "ask" && context.Mode == PermissionMode.DontAsk ? "deny" : stage;
    }

    public static string PermissionStage(string tool, JsonElement input, IReadOnlyList<RuleEntry> rules, IReadOnlySet<RuleEntry> starAllows, FileCheckContext context, out string reason)
    {
        foreach (RuleBehavior list in new[] { RuleBehavior.Deny, RuleBehavior.Ask })
        {
            foreach (RuleEntry e in rules.Where(r => r.Behavior == list))
            {
                if ((e.Rule.Content is null && ToolNameMatches(e.Rule.ToolName, tool)) || ParameterRuleMatches(e, tool, input))
                {
                    reason = e.ToString();
                    return list == RuleBehavior.Deny ? "deny" : "ask";
                }
            }
        }

        FileVerdict verdict = FilePermissionPolicy.Create(rules, context).Check(tool, input);
        reason = verdict.ToString();
        switch (verdict.Behavior)
        {
            case FileVerdictBehavior.Deny:
                return "deny";
            case FileVerdictBehavior.Allow:
                return "allow";
        }

        if (verdict.Behavior == FileVerdictBehavior.Ask && verdict.AskKind == FileAskKind.Rule)
        {
            return "ask";
        }

        if (context.Mode == PermissionMode.BypassPermissions && verdict.LiftableByBypass)
        {
            return "allow";
        }

        // malformed-39: an allow written `Read(*)` loads as tool-wide but does not lift the outside-working-dir
        // ask the way a bare `Read` does (deny `Read(*)` does act tool-wide, malformed-6). Such entries are
        // passed in starAllows (by reference), which this step ignores.
        if (verdict.LiftableByToolWideAllow
            && rules.Any(r => r.Behavior == RuleBehavior.Allow && r.Rule.Content is null && r.Rule.ToolName == tool && !starAllows.Contains(r)))
        {
            return "allow";
        }

        return "ask";
    }

    public static List<RuleEntry> LoadRules(JsonElement rules, out HashSet<RuleEntry> starAllows)
    {
        var list = new List<RuleEntry>();
        starAllows = new HashSet<RuleEntry>(ReferenceEqualityComparer.Instance);
        foreach (JsonElement r in rules.EnumerateArray())
        {
            string text = r.GetProperty("rule").GetString()!;
            Assert.True(RuleBehaviorNames.TryParse(r.GetProperty("behavior").GetString()!, out RuleBehavior behavior));
            Assert.True(RuleSourceNames.TryParse(r.GetProperty("source").GetString()!, out RuleSource source));
            if (!RuleValidator.Validate(text, behavior).IsLoaded)
            {
                continue;
            }

            PermissionRule rule = RuleParser.Parse(text).Rule;
            bool writtenAsStar = behavior == RuleBehavior.Allow && rule.Content is null && text.EndsWith("(*)", StringComparison.Ordinal);
            var entry = new RuleEntry(rule, behavior, source, Location.None);
            list.Add(entry);
            if (writtenAsStar)
            {
                starAllows.Add(entry);
            }
        }

        return list;
    }

    public static PermissionMode ParseMode(string mode) => mode switch
    {
        "default" => PermissionMode.Default,
        "acceptEdits" => PermissionMode.AcceptEdits,
        "plan" => PermissionMode.Plan,
        "dontAsk" => PermissionMode.DontAsk,
        "bypassPermissions" => PermissionMode.BypassPermissions,
        _ => throw new ArgumentException(mode),
    };

    // rules.md §3: `*` is the only wildcard, the whole name must match.
    private static bool ToolNameMatches(string pattern, string tool) => Glob(pattern, tool);

    // rules.md §4: `key:value` content in deny/ask, non-primary key present in the input with a scalar value.
    private static bool ParameterRuleMatches(RuleEntry e, string tool, JsonElement input)
    {
        if (e.Rule.Content is not string content || e.Rule.ToolName != tool)
        {
            return false;
        }

        int colon = content.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        string key = content[..colon].Trim();
        string value = content[(colon + 1)..].Trim();
        string primary = tool switch
        {
            "Read" or "Edit" or "Write" => "file_path",
            "NotebookEdit" => "notebook_path",
            "Glob" or "Grep" => "path",
            _ => string.Empty,
        };
        if (key.Length == 0 || value.Length == 0 || key == primary || !input.TryGetProperty(key, out JsonElement v))
        {
            return false;
        }

        string? actual = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
            _ => null,
        };
        return actual is not null && Glob(value, actual.Trim());
    }

    private static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starT = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
