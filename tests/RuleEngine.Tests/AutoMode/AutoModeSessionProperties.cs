using FsCheck;
using FsCheck.Fluent;
using RuleEngine.AutoMode;
using RuleEngine.Syntax;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.AutoMode;

/// <summary>auto-mode.md §1: entering never widens the rule set; leaving restores it exactly.</summary>
public class AutoModeSessionProperties
{
    private static readonly string[] s_rules =
    [
        "Bash", "Bash(npm test)", "Bash(python:*)", "Bash(git *)", "Bash(nice *)", "Bash(* --version)", "Bash(./run.sh *)",
        "Agent", "Agent(Explore)", "Monitor", "Read", "Edit(src/**)", "WebFetch(domain:*)", "Skill(deploy)", "mcp__github",
        "PowerShell(iex *)", "PowerShell(Get-ChildItem *)", "Bash(sudo:*)", "Bash(py*)", "Bash(ls *)",
    ];

    private static Arbitrary<RuleEntry[]> Rules() =>
        (from text in Gen.Elements(s_rules)
         from behavior in Gen.Elements(RuleBehavior.Allow, RuleBehavior.Ask, RuleBehavior.Deny)
         from source in Gen.Elements(Enum.GetValues<RuleSource>())
         select RuleEntry.Parse(text, behavior, source)).ArrayOf().ToArbitrary();

    [Fact]
    public void Enter_ResultIsSubsequence_DenyAskUntouched()
    {
        Check.One(PropertyConfig.Bounded(200), Prop.ForAll(Rules(), ArbMap.Default.ArbFor<bool>(), (rules, all) =>
        {
            AutoModeRuleSet set = new AutoModeSession(new AutoModeSessionOptions(ClassifyAllShell: all)).Enter(rules);
            int j = 0;
            foreach (RuleEntry kept in set.ActiveRules)
            {
                while (j < rules.Length && !ReferenceEquals(rules[j], kept))
                {
                    j++;
                }

                Assert.True(j < rules.Length, "active rule not in original order");
                j++;
            }

            Assert.Equal(rules.Where(r => r.Behavior != RuleBehavior.Allow), set.ActiveRules.Where(r => r.Behavior != RuleBehavior.Allow));
            Assert.All(set.Dropped, d => Assert.Equal(RuleBehavior.Allow, d.Entry.Behavior));
            Assert.Equal(rules.Length, set.ActiveRules.Count + set.Dropped.Count);
            return true;
        }));
    }

    [Fact]
    public void Leave_RestoresExactly()
    {
        Check.One(PropertyConfig.Bounded(200), Prop.ForAll(Rules(), rules =>
        {
            var session = new AutoModeSession();
            session.Enter(rules);
            Assert.Equal(rules, session.Leave());
            return true;
        }));
    }
}
