using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Evaluation;
using RuleEngine.Paths;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Compilation;

/// <summary>
/// Generated rule sets and calls derived from their patterns: every back-end must give the interpreter's
/// decision and reason. 10,000 policies in CI (each with a dozen or more calls); scale with
/// <c>RULEENGINE_FSCHECK_SCALE</c> for millions.
/// </summary>
public class BackendEquivalencePropertyTests
{
    private static readonly RuleBackend[] s_backends = Enum.GetValues<RuleBackend>();

    [Fact]
    public void AllBackends_AgreeWithInterpreter_OnGeneratedPolicies()
    {
        var arb = (from seed in Gen.Choose(0, int.MaxValue) from size in Gen.Choose(1, 16) select (seed, size)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(10_000), Prop.ForAll(arb, t =>
        {
            GeneratedPolicy policy = GeneratedPolicy.Create(t.seed, t.size);
            string? disagreement = FirstDisagreement(policy);
            return disagreement is null ? true.ToProperty() : false.ToProperty().Label($"{disagreement}\n{policy}");
        }));
    }

    [Fact]
    public void GeneratedCalls_ExerciseRules()
    {
        // The generator must produce calls that rules decide, or the property above would compare only passthroughs.
        int byRule = 0;
        int total = 0;
        for (int seed = 0; seed < 300; seed++)
        {
            GeneratedPolicy policy = GeneratedPolicy.Create(seed, 8);
            var engine = new PermissionEngine(policy.Rules, new PermissionEngineOptions { Backend = RuleBackend.Expressions });
            foreach (ToolCall call in policy.Calls)
            {
                total++;
                byRule += engine.Decide(call, Context(policy.Mode)).Reason is RuleReason ? 1 : 0;
            }
        }

        Assert.InRange(byRule, total / 5, total);
    }

    internal static string? FirstDisagreement(GeneratedPolicy policy)
    {
        EvaluationContext context = Context(policy.Mode);
        PermissionEngine[] engines = [.. s_backends.Select(b => new PermissionEngine(policy.Rules, new PermissionEngineOptions { Backend = b }))];
        foreach (ToolCall call in policy.Calls)
        {
            Decision reference = engines[0].Decide(call, context);
            for (int i = 1; i < engines.Length; i++)
            {
                Decision d = engines[i].Decide(call, context);
                if (d.Behavior != reference.Behavior || d.Reason.Summary != reference.Reason.Summary)
                {
                    return $"{call.ToolName} {call.Input.GetRawText()}: {engines[i].Backend} says {d}, interpreter says {reference}";
                }
            }
        }

        return null;
    }

    private static EvaluationContext Context(RuleEngine.Settings.PermissionMode mode) => new()
    {
        Cwd = "/work/proj",
        Home = "/home/u",
        Mode = mode,
        FileSystem = InMemoryFileSystemView.Empty,
    };
}
