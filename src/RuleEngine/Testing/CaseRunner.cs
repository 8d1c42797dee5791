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

    /// <summary>Runs every case of a file (decision cases; strip cases via <see cref="StripCaseHandler"/> when set).</summary>
    public static IEnumerable<CaseResult> RunFile(string path, IReadOnlyList<RuleEntry>? extraRules = null)
    {
        foreach ((JsonElement e, int line) in CaseFile.ReadLines(path))
        {
            if (CaseFile.IsStripCase(e))
            {
                if (StripCaseHandler is { } handler)
                {
                    yield return handler(e, line);
                }

                continue;
            }

            yield return Run(DecisionCase.Parse(e, line), extraRules);
        }
    }

    /// <summary>Evaluates an auto-mode strip case; set by the auto-mode layer.</summary>
    public static Func<JsonElement, int, CaseResult>? StripCaseHandler { get; set; }

    private static string Name(DecisionBehavior b) => b.ToString().ToLowerInvariant();
}
