using RuleEngine.Evaluation.Files;
using RuleEngine.Syntax;
using static RuleEngine.Tests.Paths.PathFixture;

namespace RuleEngine.Tests.Paths;

/// <summary>paths.md §4: anchors and the `/`-root per settings source.</summary>
public class AnchorTests
{
    [Theory]
    [InlineData("Read(//etc/**)", "/etc/passwd", true)]
    [InlineData("Read(//etc/**)", "/home/alice/proj/etc/passwd", false)]
    [InlineData("Read(~/.ssh/**)", "/home/alice/.ssh/id_rsa", true)]
    [InlineData("Read(~/.ssh/**)", "/home/alice/proj/.ssh/id_rsa", false)]
    [InlineData("Read(*.env)", "/home/alice/proj/a/b/prod.env", true)]
    [InlineData("Read(./.env)", "/home/alice/proj/.env", true)]
    [InlineData("Read(/tmp/x.txt)", "/home/alice/proj/tmp/x.txt", true)]
    [InlineData("Read(/tmp/x.txt)", "/tmp/x.txt", false)]
    [InlineData("Read(//tmp/x.txt)", "/tmp/x.txt", true)]
    [InlineData("Read(//.env)", "/a/.env", false)]
    [InlineData("Read(~/*.txt)", "/home/alice/a/notes.txt", false)]
    [InlineData("Read(//**/.env)", "/work/x/.env", true)]
    public void LocalSettings_Anchors(string rule, string path, bool expected) => Assert.Equal(expected, Matches(rule, RuleBehavior.Deny, path));

    [Theory]
    [InlineData(RuleSource.UserSettings, "/home/alice/.claude/secrets/a", true)]
    [InlineData(RuleSource.UserSettings, "/home/alice/proj/secrets/a", false)]
    [InlineData(RuleSource.ProjectSettings, "/home/alice/proj/secrets/a", true)]
    [InlineData(RuleSource.LocalSettings, "/home/alice/proj/secrets/a", true)]
    [InlineData(RuleSource.PolicySettings, "/home/alice/proj/secrets/a", true)]
    [InlineData(RuleSource.CliArg, "/home/alice/proj/secrets/a", true)]
    [InlineData(RuleSource.Session, "/home/alice/proj/secrets/a", true)]
    [InlineData(RuleSource.Command, "/home/alice/proj/secrets/a", true)]
    public void SingleSlash_IsTheSourceRoot(RuleSource source, string path, bool expected) =>
        Assert.Equal(expected, Matches("Read(/secrets/**)", RuleBehavior.Deny, path, source));

    [Fact]
    public void SingleSlash_ProjectSettings_UsesProjectRoot()
    {
        FileCheckContext context = Context() with { ProjectRoot = "/home/alice/repo" };
        var policy = Policy(context, Rule("Edit(/src/**)", RuleBehavior.Allow, RuleSource.ProjectSettings));
        Assert.NotNull(policy.FindRule(RuleEngine.Paths.PathAccess.Edit, RuleBehavior.Allow, "/home/alice/repo/src/a.ts"));
        Assert.Null(policy.FindRule(RuleEngine.Paths.PathAccess.Edit, RuleBehavior.Allow, "/home/alice/proj/src/a.ts"));
    }

    [Fact]
    public void SingleSlash_SourceRootOverride_IsUsed()
    {
        RuleEntry flag = Rule("Read(/src/**)", RuleBehavior.Deny, RuleSource.FlagSettings) with { SourceRoot = "/etc/cfg" };
        var policy = Policy(flag);
        Assert.NotNull(policy.FindRule(RuleEngine.Paths.PathAccess.Read, RuleBehavior.Deny, "/etc/cfg/src/a"));
        Assert.Null(policy.FindRule(RuleEngine.Paths.PathAccess.Read, RuleBehavior.Deny, "/home/alice/proj/src/a"));
    }

    [Theory]
    [InlineData("Read(~)", "/home/alice/x")]
    [InlineData("Read(~)", "/home/alice")]
    [InlineData("Read(../x/**)", "/home/alice/x/a")]
    [InlineData("Read(./../x/**)", "/home/alice/x/a")]
    [InlineData("Read(**)", "/etc/a.md")]
    [InlineData("Read(*.md)", "/etc/a.md")]
    [InlineData("Read(**/*.md)", "/etc/a.md")]
    [InlineData("Read(.env)", "/home/alice/.env")]
    public void NeverMatching_OrRelativeOutsideWorkingDirs(string rule, string path)
    {
        Assert.False(Matches(rule, RuleBehavior.Deny, path));
        Assert.False(Matches(rule, RuleBehavior.Allow, path));
    }

    [Fact]
    public void RootAnchor_ReachesOutside() => Assert.True(Matches("Read(//**/*.md)", RuleBehavior.Deny, "/etc/a.md"));
}
