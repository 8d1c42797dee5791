using RuleEngine.Evaluation.Files;
using RuleEngine.Paths;
using RuleEngine.Syntax;
using static RuleEngine.Tests.Paths.PathFixture;

namespace RuleEngine.Tests.Paths;

/// <summary>bash.md §7–§8 path checks exposed for the Bash analyser.</summary>
public class ShellPathTests
{
    [Theory]
    [InlineData(".env")]
    [InlineData("./src/../.env")]
    [InlineData("/home/alice/proj/.env")]
    [InlineData("~/proj/.env")]
    public void ReadDeny_DeniesReadArguments(string arg)
    {
        FileVerdict v = Policy(Rule("Read(./.env)", RuleBehavior.Deny)).CheckShellPath(PathAccess.Read, arg);
        Assert.Equal(FileVerdictBehavior.Deny, v.Behavior);
        Assert.Equal("Read(./.env)", v.Reason.Rule!.Rule.ToString());
    }

    [Fact]
    public void EditDeny_DeniesWriteTargets_NotReads()
    {
        var policy = Policy(Rule("Edit(./.env)", RuleBehavior.Deny));
        Assert.Equal(FileVerdictBehavior.Deny, policy.CheckShellPath(PathAccess.Edit, ".env").Behavior);
        Assert.Equal(FileVerdictBehavior.Passthrough, policy.CheckShellPath(PathAccess.Read, ".env").Behavior);
    }

    [Fact]
    public void ReadAsk_IsNotApplied() =>
        Assert.Equal(FileVerdictBehavior.Passthrough, Policy(Rule("Read(./a.txt)", RuleBehavior.Ask)).CheckShellPath(PathAccess.Read, "a.txt").Behavior);

    [Fact]
    public void Outside_AsksUnlessCoveredByAllowOfTheSameFamily()
    {
        Assert.Equal(FileAskKind.CannotCheck, Policy().CheckShellPath(PathAccess.Read, "/etc/passwd").AskKind);
        Assert.Equal(FileVerdictBehavior.Passthrough, Policy(Rule("Read(//etc/**)", RuleBehavior.Allow)).CheckShellPath(PathAccess.Read, "/etc/passwd").Behavior);
        Assert.Equal(FileVerdictBehavior.Passthrough, Policy(Rule("Edit(//tmp/**)", RuleBehavior.Allow)).CheckShellPath(PathAccess.Edit, "/tmp/newdir").Behavior);
        Assert.Equal(FileVerdictBehavior.Ask, Policy(Rule("Read(//tmp/**)", RuleBehavior.Allow)).CheckShellPath(PathAccess.Edit, "/tmp/newdir").Behavior);
    }

    [Fact]
    public void ProtectedWriteTarget_IsSafetyAsk() =>
        Assert.Equal(FileAskKind.SafetyCheck, Policy().CheckShellPath(PathAccess.Edit, ".bashrc").AskKind);

    [Fact]
    public void RelativeArguments_ResolveAgainstCdDirectory()
    {
        var policy = Policy(Rule("Read(/.env)", RuleBehavior.Deny));
        Assert.Equal(FileVerdictBehavior.Deny, policy.CheckShellPath(PathAccess.Read, "../.env", "/home/alice/proj/src").Behavior);
        Assert.Equal(FileVerdictBehavior.Passthrough, policy.CheckShellPath(PathAccess.Read, ".env", "/home/alice/proj/src").Behavior);
    }

    [Fact]
    public void BlockReadsOutside_MakesShellReadsOutsideAsk_EvenWithAllow()
    {
        var context = Context() with { BlockReadsOutsideWorkingDirectories = true };
        FileVerdict v = Policy(context, Rule("Read(//etc/**)", RuleBehavior.Allow)).CheckShellPath(PathAccess.Read, "/etc/passwd");
        Assert.Equal(FileAskKind.SafetyCheck, v.AskKind);
    }
}
