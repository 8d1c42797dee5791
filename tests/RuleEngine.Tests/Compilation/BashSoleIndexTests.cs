using RuleEngine.Compilation;
using RuleEngine.Evaluation;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Compilation;

/// <summary>
/// The merged lookup for ordinary commands (which never renders a candidate) must answer exactly as each
/// list's own index does over the rendered candidates, for every list and rule kind, compiled or not.
/// </summary>
public class BashSoleIndexTests
{
    [Fact]
    public void MergedLookup_EqualsEachListsLookup_OnGeneratedPolicies()
    {
        var analyzer = new ShellAnalyzer("/home/u");
        int soleMatches = 0;
        for (int seed = 0; seed < 1_500; seed++)
        {
            GeneratedPolicy policy = GeneratedPolicy.Create(seed, 12);
            var index = new RuleIndex(new RulePlan(new PolicyRules(policy.Rules)), compile: seed % 2 == 0);
            foreach (ToolCall call in policy.Calls.Where(c => c.ToolName == "Bash"))
            {
                foreach (SimpleCommand command in analyzer.Analyze(call.GetString("command") ?? string.Empty).Commands)
                {
                    bool sole = command.TryGetSoleCandidate(out _, out _, out _);
                    foreach (RuleBehavior list in new[] { RuleBehavior.Deny, RuleBehavior.Ask, RuleBehavior.Allow })
                    {
                        foreach (BashRuleKinds kinds in new[] { BashRuleKinds.All, BashRuleKinds.Exact, BashRuleKinds.Pattern })
                        {
                            int expected = index.BashList(list).Find(command, kinds);
                            Assert.Equal(expected, index.FindBash(list, command, kinds));
                            soleMatches += sole && expected >= 0 ? 1 : 0;
                        }
                    }
                }
            }
        }

        Assert.True(soleMatches > 500, $"only {soleMatches} rule matches on ordinary commands");
    }
}
