using RuleEngine.Settings;
using RuleEngine.Evaluation.Files;
using RuleEngine.Paths;
using RuleEngine.Syntax;
using static RuleEngine.Tests.Paths.PathFixture;

namespace RuleEngine.Tests.Paths;

/// <summary>paths.md §6 with the in-memory file system.</summary>
public class SymlinkTests
{
    private static FilePermissionPolicy With(InMemoryFileSystemView fs, PermissionMode mode, params RuleEntry[] rules) =>
        FilePermissionPolicy.Create(rules, Context(mode, fs));

    [Fact]
    public void InMemory_ResolvesNestedAndRelativeLinks()
    {
        var fs = new InMemoryFileSystemView()
            .AddLink("/home/alice/proj/sshdir", "/home/alice/.ssh")
            .AddLink("/home/alice/proj/rel", "sub/../other")
            .AddLink("/home/alice/proj/chain", "sshdir");
        Assert.Equal("/home/alice/.ssh/id_rsa", fs.ResolveFully("/home/alice/proj/sshdir/id_rsa"));
        Assert.Equal("/home/alice/proj/other/x", fs.ResolveFully("/home/alice/proj/rel/x"));
        Assert.Equal("/home/alice/.ssh/k", fs.ResolveFully("/home/alice/proj/chain/k"));
        Assert.True(fs.IsSymbolicLink("/home/alice/proj/sshdir"));
        Assert.False(fs.IsSymbolicLink("/home/alice/proj/sshdir/id_rsa"));
    }

    [Fact]
    public void InMemory_LinkLoop_Terminates()
    {
        var fs = new InMemoryFileSystemView().AddLink("/a", "/b").AddLink("/b", "/a");
        Assert.StartsWith("/", fs.ResolveFully("/a/x"));
    }

    [Fact]
    public void Deny_OnTarget_AppliesThroughFileLink()
    {
        var fs = new InMemoryFileSystemView().AddLink("/home/alice/proj/project/key", "/home/alice/.ssh/id_rsa");
        var verdict = With(fs, PermissionMode.Default, Rule("Read(~/.ssh/**)", RuleBehavior.Deny)).Check("Read", "/home/alice/proj/project/key");
        Assert.Equal(FileVerdictBehavior.Deny, verdict.Behavior);
    }

    [Fact]
    public void Deny_OnTarget_AppliesThroughDirectoryLink()
    {
        var fs = new InMemoryFileSystemView().AddLink("/home/alice/proj/sshdir", "/home/alice/.ssh");
        var verdict = With(fs, PermissionMode.Default, Rule("Read(~/.ssh/**)", RuleBehavior.Deny)).Check("Read", "/home/alice/proj/sshdir/id_rsa");
        Assert.Equal(FileVerdictBehavior.Deny, verdict.Behavior);
    }

    [Fact]
    public void Deny_OnLinkPath_DoesNotApplyToDirectTargetRead()
    {
        var fs = new InMemoryFileSystemView().AddLink("/home/alice/proj/link", "/home/alice/proj/real.txt");
        var policy = With(fs, PermissionMode.Default, Rule("Read(./link)", RuleBehavior.Deny));
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("Read", "/home/alice/proj/link").Behavior);
        Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Read", "/home/alice/proj/real.txt").Behavior);
    }

    [Fact]
    public void Allow_NeedsBothRequestedAndResolvedPath()
    {
        var fs = new InMemoryFileSystemView().AddLink("/home/alice/proj/project/link", "/etc/hosts");
        RuleEntry inner = Rule("Read(./project/**)", RuleBehavior.Allow);
        RuleEntry outer = Rule("Read(//etc/**)", RuleBehavior.Allow);

        FileVerdict none = With(fs, PermissionMode.Default).Check("Read", "/home/alice/proj/project/link");
        Assert.Equal(FileVerdictBehavior.Ask, none.Behavior);
        Assert.Equal(FileAskKind.CannotCheck, none.AskKind);
        Assert.Equal(FileCheckReasonKind.SymlinkEscape, none.Reason.Kind);
        Assert.Contains("resolves through a symlink to /etc/hosts", none.Reason.Message, StringComparison.Ordinal);

        Assert.Equal(FileVerdictBehavior.Ask, With(fs, PermissionMode.Default, inner).Check("Read", "/home/alice/proj/project/link").Behavior);
        Assert.Equal(FileVerdictBehavior.Ask, With(fs, PermissionMode.Default, outer).Check("Read", "/home/alice/proj/project/link").Behavior);
        Assert.Equal(FileVerdictBehavior.Allow, With(fs, PermissionMode.Default, inner, outer).Check("Read", "/home/alice/proj/project/link").Behavior);
    }

    [Fact]
    public void Read_ThroughLinkWithTargetInside_IsAllowed()
    {
        var fs = new InMemoryFileSystemView().AddLink("/home/alice/proj/srclink", "/home/alice/proj/src");
        Assert.Equal(FileVerdictBehavior.Allow, With(fs, PermissionMode.Default).Check("Read", "/home/alice/proj/srclink/a.ts").Behavior);
    }

    [Theory]
    [InlineData("Default")]
    [InlineData("AcceptEdits")]
    [InlineData("BypassPermissions")]
    [InlineData("Plan")]
    public void Write_ToPathThatIsALink_IsDeniedInEveryMode(string modeName)
    {
        var mode = Enum.Parse<PermissionMode>(modeName);
        var fs = new InMemoryFileSystemView().AddLink("/home/alice/proj/link.txt", "/home/alice/proj/real.txt");
        var policy = With(fs, mode, Rule("Edit", RuleBehavior.Allow), Rule("Edit(**)", RuleBehavior.Allow));
        foreach (string tool in new[] { "Edit", "Write" })
        {
            FileVerdict v = policy.Check(tool, "/home/alice/proj/link.txt");
            Assert.Equal(FileVerdictBehavior.Deny, v.Behavior);
            Assert.Equal(FileCheckReasonKind.SymlinkWriteTarget, v.Reason.Kind);
        }
    }

    [Fact]
    public void Write_BelowLinkedDirectoryInside_IsOrdinaryInScopeWrite()
    {
        var fs = new InMemoryFileSystemView().AddLink("/home/alice/proj/srclink", "/home/alice/proj/src");
        Assert.Equal(FileVerdictBehavior.Allow, With(fs, PermissionMode.AcceptEdits).Check("Write", "/home/alice/proj/srclink/new.ts").Behavior);
    }

    [Fact]
    public void Write_BelowLinkedDirectoryOutside_AsksEvenInAcceptEdits()
    {
        var fs = new InMemoryFileSystemView().AddLink("/home/alice/proj/sshdir", "/home/alice/.ssh");
        FileVerdict v = With(fs, PermissionMode.AcceptEdits).Check("Write", "/home/alice/proj/sshdir/new");
        Assert.Equal(FileVerdictBehavior.Ask, v.Behavior);
        Assert.Equal(FileCheckReasonKind.SymlinkEscape, v.Reason.Kind);
    }

    [Fact]
    public void Physical_ResolvesRealLinks()
    {
        string root = Path.Combine(Path.GetTempPath(), "re-paths-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "target"));
        try
        {
            File.WriteAllText(Path.Combine(root, "target", "f.txt"), "x");
            Directory.CreateSymbolicLink(Path.Combine(root, "dirlink"), Path.Combine(root, "target"));
            File.CreateSymbolicLink(Path.Combine(root, "filelink"), "target/f.txt");
            var fs = PhysicalFileSystemView.Instance;
            Assert.Equal(root + "/target/f.txt", fs.ResolveFully(root + "/dirlink/f.txt"));
            Assert.Equal(root + "/target/f.txt", fs.ResolveFully(root + "/filelink"));
            Assert.Equal(root + "/target/missing/x", fs.ResolveFully(root + "/dirlink/missing/x"));
            Assert.True(fs.IsSymbolicLink(root + "/filelink"));
            Assert.False(fs.IsSymbolicLink(root + "/target/f.txt"));
            Assert.False(fs.IsSymbolicLink(root + "/nope"));
            Assert.True(fs.IsDirectory(root + "/dirlink"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
