using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

public class CdGitFactsTests
{
    [Theory]
    [InlineData("cd src", "/work/project/src", true)]
    [InlineData("cd packages/api", "/work/project/packages/api", true)]
    [InlineData("cd .", "/work/project", false)]
    [InlineData("cd ./", "/work/project", false)]
    [InlineData("cd /work/project", "/work/project", false)]
    [InlineData("cd /work/project/", "/work/project", false)]
    [InlineData("cd src/..", "/work/project", false)]
    [InlineData("cd ..", "/work", true)]
    [InlineData("cd /etc", "/etc", true)]
    [InlineData("cd", "/home/dev", true)]
    [InlineData("cd ~", "/home/dev", true)]
    public void AnalyzeCd_ResolvableTarget_ReportsTargetAndChange(string command, string target, bool changes)
    {
        CdFacts? facts = CdGitFacts.AnalyzeCd(TestArgv.Parse(command), TestArgv.Context);
        Assert.NotNull(facts);
        Assert.True(facts.IsCd);
        Assert.Equal(PathStatus.Resolved, facts.Target.Status);
        Assert.Equal(target, facts.Target.Path);
        Assert.Equal(changes, facts.ChangesDirectory);
    }

    [Theory]
    [InlineData("cd -", true)]
    [InlineData("cd $DIR", true)]
    [InlineData("cd \"$(mktemp -d)\"", true)]
    [InlineData("pushd src", false)]
    [InlineData("popd", false)]
    public void AnalyzeCd_UnresolvableOrStackChange_ChangesDirectory(string command, bool isCd)
    {
        CdFacts? facts = CdGitFacts.AnalyzeCd(TestArgv.Parse(command), TestArgv.Context);
        Assert.NotNull(facts);
        Assert.Equal(isCd, facts.IsCd);
        Assert.Equal(PathStatus.NeedsExpansion, facts.Target.Status);
        Assert.True(facts.ChangesDirectory);
    }

    [Theory]
    [InlineData("ls")]
    [InlineData("git status")]
    [InlineData("cdx src")]
    public void AnalyzeCd_OtherCommand_ReturnsNull(string command) => Assert.Null(CdGitFacts.AnalyzeCd(TestArgv.Parse(command), TestArgv.Context));

    [Theory]
    [InlineData("git status", false, false, "status")]
    [InlineData("git -C src status", true, true, "status")]
    [InlineData("git -C /tmp log", true, true, "log")]
    [InlineData("git -c x=y push origin", false, true, "push")]
    [InlineData("git --git-dir=/x status", false, true, "status")]
    [InlineData("git --no-pager log", false, true, "log")]
    [InlineData("git", false, false, null)]
    public void AnalyzeGit_Git_ReportsDashCAndSubcommand(string command, bool dashC, bool global, string? sub)
    {
        GitFacts facts = CdGitFacts.AnalyzeGit(TestArgv.Parse(command));
        Assert.True(facts.IsGit);
        Assert.Equal(dashC, facts.HasDashC);
        Assert.Equal(global, facts.HasGlobalOptions);
        Assert.Equal(sub, facts.Subcommand);
    }

    [Theory]
    [InlineData("gitk")]
    [InlineData("git-lfs pull")]
    [InlineData("ls")]
    public void AnalyzeGit_OtherCommand_IsNotGit(string command) => Assert.False(CdGitFacts.AnalyzeGit(TestArgv.Parse(command)).IsGit);

    [Theory]
    [InlineData("cd", true)]
    [InlineData("pushd", true)]
    [InlineData("popd", true)]
    [InlineData("ls", false)]
    public void IsDirectoryChange_Command_MatchesShellBuiltins(string command, bool expected) =>
        Assert.Equal(expected, CdGitFacts.IsDirectoryChange(command));
}
