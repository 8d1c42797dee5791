using RuleEngine.Settings;
using RuleEngine.Evaluation.Files;
using RuleEngine.Paths;
using RuleEngine.Syntax;
using static RuleEngine.Tests.Paths.PathFixture;

namespace RuleEngine.Tests.Paths;

/// <summary>paths.md §8: protected directories and files, case-insensitive, any depth.</summary>
public class ProtectedPathTests
{
    public static TheoryData<string> ProtectedTargets()
    {
        var data = new TheoryData<string>();
        foreach (string dir in new[] { ".git", ".config/git", ".vscode", ".idea", ".husky", ".cargo", ".devcontainer", ".yarn", ".mvn", ".claude", ".claude/commands", ".claude/agents", ".claude/skills" })
        {
            data.Add($"/home/alice/proj/{dir}/x");
            data.Add($"/home/alice/proj/sub/{dir.ToUpperInvariant()}/x");
        }

        foreach (string file in ProtectedPaths.Files)
        {
            data.Add($"/home/alice/proj/{file}");
            data.Add($"/home/alice/proj/src/{file.ToUpperInvariant()}");
        }

        data.Add("/home/alice/proj/.claude/settings.json");
        data.Add("/home/alice/proj/src/.git");
        data.Add("/home/alice/.gitconfig");
        data.Add("/home/alice/.config/git/config");
        data.Add("/home/alice/.claude/settings.json");
        return data;
    }

    [Theory]
    [MemberData(nameof(ProtectedTargets))]
    public void Protected_Write_AsksAsSafetyCheck_EvenWithAllowRules(string path)
    {
        var policy = Policy(Context(PermissionMode.AcceptEdits), Rule("Edit(//**)", RuleBehavior.Allow), Rule("Edit(.claude/**)", RuleBehavior.Allow));
        FileVerdict v = policy.Check("Edit", path);
        Assert.Equal(FileVerdictBehavior.Ask, v.Behavior);
        Assert.Equal(FileAskKind.SafetyCheck, v.AskKind);
        Assert.Equal(FileCheckReasonKind.ProtectedPath, v.Reason.Kind);
        Assert.False(v.LiftableByToolWideAllow);
        Assert.True(v.LiftableByBypass);
    }

    [Theory]
    [InlineData(".env")]
    [InlineData(".gitignore")]
    [InlineData(".gitattributes")]
    [InlineData("package.json")]
    [InlineData("Makefile")]
    [InlineData("Dockerfile")]
    [InlineData("CLAUDE.md")]
    [InlineData(".github/workflows/ci.yml")]
    [InlineData(".gradle/x")]
    [InlineData(".circleci/config.yml")]
    [InlineData("node_modules/x/index.js")]
    [InlineData(".ssh/config")]
    [InlineData(".aws/credentials")]
    [InlineData(".kube/config")]
    [InlineData(".config/other/x")]
    [InlineData(".vimrc")]
    [InlineData(".tmux.conf")]
    [InlineData(".netrc")]
    [InlineData(".pypirc")]
    [InlineData(".tool-versions")]
    [InlineData("pyproject.toml")]
    [InlineData(".claude/worktrees/x/a.ts")]
    [InlineData("gradle/wrapper/x.properties")]
    public void NotProtected_Write_IsOrdinary(string relative)
    {
        string path = "/home/alice/proj/" + relative;
        Assert.Equal(ProtectedPathKind.None, ProtectedPaths.Classify(path));
        Assert.Equal(FileVerdictBehavior.Allow, Policy(Context(PermissionMode.AcceptEdits)).Check("Edit", path).Behavior);
    }

    [Theory]
    [InlineData("/home/alice/proj/.claude/settings.json", "ClaudeConfiguration")]
    [InlineData("/home/alice/proj/.claude/settings.local.json", "ClaudeConfiguration")]
    [InlineData("/home/alice/proj/.claude/skills/x/SKILL.md", "ClaudeConfiguration")]
    [InlineData("/home/alice/.claude/foo/x.txt", "SensitiveFile")]
    [InlineData("/home/alice/proj/.claude/worktrees", "SensitiveFile")]
    [InlineData("/home/alice/proj/.claude/worktrees/w/.git/config", "SensitiveFile")]
    [InlineData("/home/alice/proj/.GIT/config", "SensitiveFile")]
    public void Classify_Kinds(string path, string expected) => Assert.Equal(Enum.Parse<ProtectedPathKind>(expected), ProtectedPaths.Classify(path));

    [Fact]
    public void Read_OfProtectedPath_IsAllowedInside() =>
        Assert.Equal(FileVerdictBehavior.Allow, Policy().Check("Read", "/home/alice/proj/.git/hooks/pre-commit").Behavior);

    [Fact]
    public void DenyRule_BeatsProtectedCheck() =>
        Assert.Equal(FileVerdictBehavior.Deny, Policy(Rule("Edit(.git/**)", RuleBehavior.Deny)).Check("Edit", "/home/alice/proj/.git/config").Behavior);

    [Fact]
    public void AskRule_BeatsProtectedCheck_AndStaysRuleAsk()
    {
        FileVerdict v = Policy(Rule("Edit(.git/**)", RuleBehavior.Ask)).Check("Edit", "/home/alice/proj/.git/config");
        Assert.Equal(FileAskKind.Rule, v.AskKind);
        Assert.False(v.LiftableByBypass);
    }
}
