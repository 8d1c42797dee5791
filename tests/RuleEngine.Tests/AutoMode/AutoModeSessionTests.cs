using RuleEngine.AutoMode;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.AutoMode;

public class AutoModeSessionTests
{
    private static RuleEntry R(string text, RuleBehavior behavior = RuleBehavior.Allow, RuleSource source = RuleSource.LocalSettings) =>
        RuleEntry.Parse(text, behavior, source);

    [Fact]
    public void Enter_DropsOnlyDangerousAllowRules_KeepsOrder()
    {
        RuleEntry[] rules =
        [
            R("Bash(npm test)"), R("Bash(python:*)", source: RuleSource.UserSettings), R("Bash(python:*)", RuleBehavior.Deny),
            R("Agent", RuleBehavior.Ask), R("Read"), R("Agent(Explore)", source: RuleSource.CliArg), R("Bash(git *)"),
        ];
        var session = new AutoModeSession();
        AutoModeRuleSet set = session.Enter(rules);
        Assert.Equal([rules[0], rules[2], rules[3], rules[4], rules[6]], set.ActiveRules);
        Assert.Equal([1, 5], set.Dropped.Select(d => d.Index));
        Assert.Equal([rules[1]], set.DroppedBySource[RuleSource.UserSettings]);
        Assert.Equal([rules[5]], set.DroppedBySource[RuleSource.CliArg]);
        Assert.False(set.DroppedBySource.ContainsKey(RuleSource.LocalSettings));
    }

    [Fact]
    public void Enter_LogsIgnoringMessagePerDroppedRule()
    {
        var session = new AutoModeSession();
        AutoModeRuleSet set = session.Enter([R("Bash(*)", source: RuleSource.UserSettings), R("Bash(npm test)")]);
        Assert.Equal(["Ignoring dangerous permission `Bash` from `userSettings` (bypasses classifier)"], set.Messages);
    }

    [Fact]
    public void Leave_RestoresOriginalExactly()
    {
        RuleEntry[] rules = [R("Bash(node *)"), R("Edit"), R("Monitor"), R("Bash(ls *)", RuleBehavior.Deny)];
        var session = new AutoModeSession();
        session.Enter(rules);
        Assert.True(session.IsActive);
        Assert.Equal(rules, session.Leave());
        Assert.False(session.IsActive);
    }

    [Fact]
    public void Enter_DisableAutoMode_Refuses()
    {
        var session = new AutoModeSession(new AutoModeSessionOptions(DisableAutoMode: true));
        Assert.False(session.IsAvailable);
        Assert.False(session.TryEnter([R("Bash(python:*)")], out AutoModeRuleSet? set));
        Assert.Null(set);
        Assert.Throws<InvalidOperationException>(() => session.Enter([]));
        Assert.False(session.IsActive);
    }

    [Fact]
    public void Enter_Twice_Refuses()
    {
        var session = new AutoModeSession();
        session.Enter([]);
        Assert.False(session.TryEnter([], out _));
    }

    [Fact]
    public void Leave_NotActive_Throws() => Assert.Throws<InvalidOperationException>(() => new AutoModeSession().Leave());

    [Fact]
    public void Enter_ClassifyAllShell_DropsEveryShellAllowButNotDeny()
    {
        var session = new AutoModeSession(new AutoModeSessionOptions(ClassifyAllShell: true));
        RuleEntry[] rules = [R("Bash(npm test)"), R("PowerShell(Get-ChildItem *)"), R("Bash(rm *)", RuleBehavior.Deny), R("Read")];
        Assert.Equal([rules[2], rules[3]], session.Enter(rules).ActiveRules);
    }

    [Fact]
    public void Enter_CallerMutatesList_OriginalUnaffected()
    {
        var rules = new List<RuleEntry> { R("Bash(python:*)") };
        var session = new AutoModeSession();
        session.Enter(rules);
        rules.Add(R("Edit"));
        Assert.Single(session.Leave());
    }
}
