using System.Collections.Immutable;
using System.Text.Json;
using RuleEngine.Evaluation;
using RuleEngine.Syntax;

namespace RuleEngine.Testing;

/// <summary>Runs case files against the engine.</summary>
public static class CaseRunner
{
    /// <summary>Evaluates one decision case with its own rules plus <paramref name="extraRules"/>, on <paramref name="backend"/> (default: the engine's default).</summary>
    public static CaseResult Run(DecisionCase c, IReadOnlyList<RuleEntry>? extraRules = null, RuleBackend? backend = null)
    {
        ImmutableArray<RuleEntry> rules = c.LoadRules();
        if (extraRules is { Count: > 0 })
        {
            rules = rules.AddRange(extraRules);
        }

        // The corpus labels "the outcome of the permission stage" (conformance README), which excludes
        // step 3's input validation; everything else is the full procedure.
        var options = new PermissionEngineOptions { ValidateInput = false };
        var engine = new PermissionEngine(rules, backend is { } b ? options with { Backend = b } : options);
        Decision d = engine.Decide(c.Call, c.Context());
        string rulesText = string.Join(", ", c.Rules.Select(r => $"{r.Behavior.ToName()} {r.Text} @{r.Source.ToName()}"));
        string description = $"mode {c.Mode}; rules [{rulesText}]; {c.Call.ToolName} {c.Call.Input.GetRawText()}";
        return new CaseResult(c.Id, c.Category, c.Line, d.Behavior == c.Expect, Name(c.Expect), Name(d.Behavior), description, d.Reason.Summary, c.Reason);
    }

    /// <summary>Runs every case of a file: decision cases and auto-mode strip cases.</summary>
    public static IEnumerable<CaseResult> RunFile(string path, IReadOnlyList<RuleEntry>? extraRules = null)
    {
        foreach ((JsonElement e, int line) in CaseFile.ReadLines(path))
        {
            if (CaseFile.IsStripCase(e))
            {
                yield return RunStripCase(e, line);
                continue;
            }

            yield return Run(DecisionCase.Parse(e, line), extraRules);
        }
    }

    /// <summary>
    /// An auto-mode strip case (<c>{"rule": …, "expect": "dropped"|"kept"}</c>): load the rule as an allow rule
    /// from local settings, enter auto mode, and check whether it was set aside.
    /// </summary>
    public static CaseResult RunStripCase(JsonElement e, int line)
    {
        string id = DecisionCase.Str(e, "id", line);
        string text = DecisionCase.Str(e, "rule", line);
        string expect = DecisionCase.Str(e, "expect", line);
        if (expect is not ("dropped" or "kept"))
        {
            throw new FormatException($"case `{id}`: `expect` must be dropped or kept, not `{expect}`");
        }

        string category = e.TryGetProperty("category", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "automode.strip";
        ValidatedRule validated = RuleValidator.Validate(text, RuleBehavior.Allow);
        if (!validated.IsLoaded)
        {
            return new CaseResult(id, category, line, false, expect, "not loaded", $"allow {text}", "the rule does not load, so it cannot be dropped or kept", null);
        }

        var entry = new RuleEntry(validated.Syntax.Rule, RuleBehavior.Allow, RuleSource.LocalSettings, Diagnostics.Location.None) { Written = text };
        AutoMode.AutoModeRuleSet set = AutoMode.AutoModeRuleSet.Create([entry]);
        string actual = set.Dropped.Count > 0 ? "dropped" : "kept";
        string why = set.Dropped.Count > 0 ? set.Dropped[0].Message : "not dangerous";
        return new CaseResult(id, category, line, actual == expect, expect, actual, $"allow {text} (as {validated.Syntax.Rule})", why, null);
    }

    private static string Name(DecisionBehavior b) => b.ToString().ToLowerInvariant();
}
