using RuleEngine.AutoMode;
using RuleEngine.AutoMode.Witness;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.AutoMode;

public class OverBroadRuleAnalyzerTests
{
    private static PermissionRule Rule(string text) => RuleParser.Parse(text).Rule;

    [Theory]
    [InlineData("Bash(make *)", "make -f")]
    [InlineData("Bash(make:*)", "make -f")]
    [InlineData("Bash(git *)", "git -c core.pager")]
    [InlineData("Bash(git config *)", "git config core.hooksPath")]
    [InlineData("Bash(npm install *)", "npm install ./evil-pkg")]
    [InlineData("Bash(npm *)", "npm install ./evil-pkg")]
    [InlineData("Bash(find *)", "find . -fprintf")]
    [InlineData("Bash(docker run *)", "docker run --privileged")]
    [InlineData("Bash(cargo run *)", "cargo run --manifest-path")]
    [InlineData("Bash(uv run *)", "uv run sh -c id")]
    [InlineData("Bash(go run *)", "go run evil.go")]
    [InlineData("Bash(mvn *)", "mvn exec:exec")]
    [InlineData("Bash(kubectl apply *)", "kubectl apply -f")]
    [InlineData("Bash(tar *)", "--checkpoint-action=exec=")]
    [InlineData("Bash(rsync *)", "rsync -e")]
    [InlineData("Bash(scp *)", "ProxyCommand")]
    [InlineData("Bash(awk *)", "system(")]
    [InlineData("Bash(pytest *)", "pytest evil_test.py")]
    [InlineData("Bash(npx prettier *)", "--plugin")]
    [InlineData("Bash(gradle *)", "--init-script")]
    public void FindWitnesses_OverBroadRule_HasWitnessThatMatches(string ruleText, string expectedFragment)
    {
        PermissionRule rule = Rule(ruleText);
        var witnesses = OverBroadRuleAnalyzer.FindWitnesses(rule);
        Assert.Contains(witnesses, w => w.Command.Contains(expectedFragment, StringComparison.Ordinal));
        Assert.All(witnesses, w => Assert.True(CommandPatternMatcher.Matches(rule.Content!, w.Command), w.Command));
    }

    [Theory]
    [InlineData("Bash(npm test)")]
    [InlineData("Bash(make test)")]
    [InlineData("Bash(git status)")]
    [InlineData("Bash(git log *)")]
    [InlineData("Bash(ls *)")]
    [InlineData("Bash(echo *)")]
    [InlineData("Bash(python:*)")]
    [InlineData("Bash(ssh*)")]
    [InlineData("Bash")]
    [InlineData("Read")]
    [InlineData("Edit(src/**)")]
    public void FindWitnesses_NarrowOrDroppedRule_None(string ruleText) => Assert.Empty(OverBroadRuleAnalyzer.FindWitnesses(Rule(ruleText)));

    [Fact]
    public void Analyze_ReportsWitnessInMessage_OnlyForAllowRules()
    {
        RuleEntry[] rules =
        [
            RuleEntry.Parse("Bash(make *)", RuleBehavior.Allow), RuleEntry.Parse("Bash(tar *)", RuleBehavior.Deny),
            RuleEntry.Parse("Bash(npm test)", RuleBehavior.Allow),
        ];
        Diagnostic d = Assert.Single(OverBroadRuleAnalyzer.Analyze(rules));
        Assert.Same(Descriptors.OverBroadWitness, d.Descriptor);
        Assert.Contains("`Bash(make *)`", d.Message, StringComparison.Ordinal);
        Assert.Contains("`make -f evil.mk`", d.Message, StringComparison.Ordinal);
        Assert.NotNull(d.Help);
    }

    [Fact]
    public void Analyze_NeverChangesWhatAutoModeDrops()
    {
        RuleEntry[] rules = [RuleEntry.Parse("Bash(make *)", RuleBehavior.Allow), RuleEntry.Parse("Bash(git *)", RuleBehavior.Allow)];
        Assert.NotEmpty(OverBroadRuleAnalyzer.Analyze(rules));
        Assert.Empty(AutoModeRuleSet.Create(rules).Dropped);
    }

    [Theory]
    [InlineData("ls *", "ls", true)]
    [InlineData("ls *", "ls -la", true)]
    [InlineData("ls *", "lsof", false)]
    [InlineData("ls*", "lsof", true)]
    [InlineData("git * main", "git push origin main", true)]
    [InlineData("git * main", "git main", false)]
    [InlineData("* install", "install", false)]
    [InlineData("npm *", "npm  install", true)]
    [InlineData("ls:*", "ls -la", true)]
    [InlineData("ls:*", "lsof", false)]
    [InlineData("npm run build:*", "npm run build:prod", false)]
    [InlineData("echo \\* *", "echo * x", true)]
    [InlineData("echo a.b*", "echo axb", false)]
    [InlineData("npm run build", "npm  run build", false)]
    [InlineData("* run *", "npm run", false)]
    public void Matches_FollowsBashSection3(string pattern, string command, bool expected) =>
        Assert.Equal(expected, CommandPatternMatcher.Matches(pattern, command));
}
