using RuleEngine.Settings;
using System.Text.Json;
using RuleEngine.Evaluation.Files;
using RuleEngine.Paths;
using RuleEngine.Syntax;
using static RuleEngine.Tests.Paths.PathFixture;

namespace RuleEngine.Tests.Paths;

/// <summary>paths.md §1, §2, §7 and decision.md §2 steps 3 and 6 through <see cref="FilePermissionPolicy"/>.</summary>
public class FileToolCheckTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void EditAllow_GrantsRead()
    {
        var policy = Policy(Rule("Edit(/src/**)", RuleBehavior.Allow, RuleSource.ProjectSettings), Rule("Edit(//etc/**)", RuleBehavior.Allow));
        FileVerdict v = policy.Check("Read", "/home/alice/proj/src/a.ts");
        Assert.Equal(FileVerdictBehavior.Allow, v.Behavior);
        Assert.Equal("Edit(/src/**)", v.Reason.Rule!.Rule.ToString());
        Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Read", "/etc/hosts").Behavior);
        Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Grep", Json("""{"pattern":"x","path":"/etc"}""")).Behavior);
    }

    [Theory]
    [InlineData("Edit")]
    [InlineData("Write")]
    public void ReadDeny_BlocksEditAndWrite_AtValidation_EvenForNewFiles(string tool)
    {
        var policy = Policy(Rule("Read(./new.txt)", RuleBehavior.Deny));
        FileVerdict v = policy.Validate(tool, Json("""{"file_path":"new.txt","content":"x"}"""));
        Assert.Equal(FileVerdictBehavior.Deny, v.Behavior);
        Assert.Equal(FileCheckReasonKind.ReadDenyValidation, v.Reason.Kind);
        Assert.StartsWith("File is covered by a Read deny rule", v.Reason.Message, StringComparison.Ordinal);
        Assert.Equal(FileVerdictBehavior.Passthrough, policy.Validate(tool, "/home/alice/proj/other.txt").Behavior);
    }

    [Fact]
    public void ReadDeny_DoesNotBlockNotebookEditAtValidation() =>
        Assert.Equal(FileVerdictBehavior.Passthrough, Policy(Rule("Read(*.ipynb)", RuleBehavior.Deny)).Validate("NotebookEdit", Json("""{"notebook_path":"/home/alice/proj/a.ipynb"}""")).Behavior);

    [Fact]
    public void EditDeny_DoesNotBlockRead()
    {
        var policy = Policy(Rule("Edit(.env)", RuleBehavior.Deny));
        Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Read", "/home/alice/proj/.env").Behavior);
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("Edit", "/home/alice/proj/.env").Behavior);
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("Write", "/home/alice/proj/.env").Behavior);
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("NotebookEdit", "/home/alice/proj/.env").Behavior);
    }

    [Fact]
    public void ReadAsk_DoesNotAffectEdit()
    {
        var policy = Policy(Context(PermissionMode.AcceptEdits), Rule("Read(./.env)", RuleBehavior.Ask));
        Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Edit", "/home/alice/proj/.env").Behavior);
        Assert.Equal(FileAskKind.Rule, policy.Check("Read", "/home/alice/proj/.env").AskKind);
    }

    [Theory]
    [InlineData("Write(/out/**)")]
    [InlineData("NotebookEdit(/out/**)")]
    [InlineData("MultiEdit(/out/**)")]
    [InlineData("Glob(/out/**)")]
    [InlineData("Grep(/out/**)")]
    [InlineData("E*(/out/**)")]
    public void OtherToolPathRules_AreNeverConsulted(string rule)
    {
        foreach (RuleBehavior list in new[] { RuleBehavior.Deny, RuleBehavior.Ask, RuleBehavior.Allow })
        {
            var policy = Policy(Rule(rule, list));
            Assert.Equal(FileVerdictBehavior.Passthrough, policy.Check("Write", "/home/alice/proj/out/x.txt").Behavior);
            Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Glob", "/home/alice/proj/out").Behavior);
        }
    }

    [Fact]
    public void EditPathRule_AppliesToWrite() =>
        Assert.Equal(FileVerdictBehavior.Allow, Policy(Rule("Edit(/out/**)", RuleBehavior.Allow)).Check("Write", "/home/alice/proj/out/x.txt").Behavior);

    [Fact]
    public void GrepGlob_CheckOnlyTheSearchRoot_CwdWhenAbsent()
    {
        var policy = Policy(Rule("Read(src/**)", RuleBehavior.Deny));
        Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Grep", Json("""{"pattern":"x"}""")).Behavior);
        Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Glob", Json("""{"pattern":"**/*.ts","path":null}""")).Behavior);
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("Glob", Json("""{"pattern":"*.ts","path":"src"}""")).Behavior);
    }

    [Fact]
    public void DotDot_IsNormalisedBeforeMatching()
    {
        FileVerdict v = Policy(Rule("Read(src/**)", RuleBehavior.Allow)).Check("Read", "/home/alice/proj/src/../../x");
        Assert.Equal(FileVerdictBehavior.Ask, v.Behavior);
        Assert.Equal("/home/alice/x", v.Reason.Path);
    }

    [Theory]
    [InlineData("/home/alice/proj/a.txt", "Allow")]
    [InlineData("/srv/shared/x.txt", "Allow")]
    [InlineData("/srv/sharedx/x.txt", "Ask")]
    [InlineData("/home/alice/PROJ/a.txt", "Ask")]
    [InlineData("/etc/hosts", "Ask")]
    public void Read_WorkingDirectories(string path, string expectedName)
    {
        var expected = Enum.Parse<FileVerdictBehavior>(expectedName);
        FileVerdict v = Policy().Check("Read", path);
        Assert.Equal(expected, v.Behavior);
        if (expected == FileVerdictBehavior.Ask)
        {
            Assert.Equal(FileAskKind.CannotCheck, v.AskKind);
            Assert.Equal("Path is outside allowed working directories", v.Reason.Message);
            Assert.True(v.LiftableByToolWideAllow);
        }
    }

    [Theory]
    [InlineData("Default", "/home/alice/proj/a.txt", "Passthrough", "None")]
    [InlineData("AcceptEdits", "/home/alice/proj/a.txt", "Allow", "None")]
    [InlineData("AcceptEdits", "/srv/shared/a.txt", "Allow", "None")]
    [InlineData("Auto", "/home/alice/proj/a.txt", "Allow", "None")]
    [InlineData("Plan", "/home/alice/proj/a.txt", "Ask", "Mode")]
    [InlineData("DontAsk", "/home/alice/proj/a.txt", "Passthrough", "None")]
    [InlineData("BypassPermissions", "/home/alice/proj/a.txt", "Passthrough", "None")]
    [InlineData("Default", "/etc/a.txt", "Ask", "CannotCheck")]
    [InlineData("AcceptEdits", "/etc/a.txt", "Ask", "CannotCheck")]
    [InlineData("Plan", "/etc/a.txt", "Ask", "Mode")]
    public void Edit_Modes(string modeName, string path, string behaviorName, string kindName)
    {
        var mode = Enum.Parse<PermissionMode>(modeName);
        var behavior = Enum.Parse<FileVerdictBehavior>(behaviorName);
        var kind = Enum.Parse<FileAskKind>(kindName);
        FileVerdict v = Policy(Context(mode)).Check("Edit", path);
        Assert.Equal(behavior, v.Behavior);
        Assert.Equal(kind, v.AskKind);
    }

    [Fact]
    public void Plan_KeepsEditsAtAsk_EvenWithAllowRule()
    {
        FileVerdict v = Policy(Context(PermissionMode.Plan), Rule("Edit(**)", RuleBehavior.Allow)).Check("Edit", "/home/alice/proj/a.ts");
        Assert.Equal(FileAskKind.Mode, v.AskKind);
        Assert.False(v.LiftableByToolWideAllow);
        Assert.True(v.LiftableByBypass);
    }

    [Fact]
    public void EditAllowRule_AllowsOutside_AndReportsRuleWithSource()
    {
        FileVerdict v = Policy(Rule("Edit(//tmp/**)", RuleBehavior.Allow, RuleSource.UserSettings)).Check("Write", "/tmp/x");
        Assert.Equal(FileVerdictBehavior.Allow, v.Behavior);
        Assert.Equal(RuleSource.UserSettings, v.Reason.Rule!.Source);
        Assert.Equal(RuleBehavior.Allow, v.Reason.Rule.Behavior);
    }

    [Fact]
    public void FirstMatch_DenyBeforeAskBeforeAllow()
    {
        var policy = Policy(Rule("Edit(**)", RuleBehavior.Allow), Rule("Edit(*.ts)", RuleBehavior.Ask), Rule("Edit(src/**)", RuleBehavior.Deny));
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("Edit", "/home/alice/proj/src/a.ts").Behavior);
        Assert.Equal(FileAskKind.Rule, policy.Check("Edit", "/home/alice/proj/lib/a.ts").AskKind);
        Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Edit", "/home/alice/proj/lib/a.js").Behavior);
    }

    [Fact]
    public void BlockReadsOutside_DeniesOutsideReads_EvenWithAllowRule()
    {
        var context = Context() with { BlockReadsOutsideWorkingDirectories = true };
        var policy = Policy(context, Rule("Read(//etc/**)", RuleBehavior.Allow));
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("Read", "/etc/hosts").Behavior);
        Assert.Equal(FileCheckReasonKind.BlockedOutsideWorkingDirectories, policy.Check("Grep", "/etc").Reason.Kind);
        Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Read", "/home/alice/proj/a").Behavior);
    }

    [Fact]
    public void BlockWritesOutside_DeniesOutsideWritesAndSettingsFiles()
    {
        var context = Context(PermissionMode.BypassPermissions) with { BlockWritesOutsideWorkingDirectories = true };
        var policy = Policy(context, Rule("Edit(//tmp/**)", RuleBehavior.Allow));
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("Write", "/tmp/x").Behavior);
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("Edit", "/home/alice/proj/.claude/settings.json").Behavior);
        Assert.Equal(FileVerdictBehavior.Passthrough, policy.Check("Edit", "/home/alice/proj/a.ts").Behavior);
    }

    [Theory]
    [InlineData("Read", "{}")]
    [InlineData("Edit", """{"file_path":42}""")]
    [InlineData("Write", """{"file_path":""}""")]
    [InlineData("NotebookEdit", """{"file_path":"/home/alice/proj/a.ipynb"}""")]
    [InlineData("Read", "[]")]
    public void UninterpretableInput_FailsClosed(string tool, string json)
    {
        FileVerdict v = Policy(Rule("Read", RuleBehavior.Allow)).Check(tool, Json(json));
        Assert.Equal(FileVerdictBehavior.Ask, v.Behavior);
        Assert.Equal(FileAskKind.SafetyCheck, v.AskKind);
        Assert.Equal(FileCheckReasonKind.InvalidInput, v.Reason.Kind);
    }

    [Fact]
    public void Lsp_UsesFilePath() =>
        Assert.Equal(FileVerdictBehavior.Deny, Policy(Rule("Read(.env)", RuleBehavior.Deny)).Check("LSP", Json("""{"operation":"hover","filePath":"/home/alice/proj/.env"}""")).Behavior);

    [Fact]
    public void RelativeAndWindowsInputs_AreResolved()
    {
        var policy = Policy(Rule("Edit(src/**)", RuleBehavior.Deny));
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("Edit", "src/a.ts").Behavior);
        var windows = FilePermissionPolicy.Create([Rule("Read(//c/**/.env)", RuleBehavior.Deny)], new FileCheckContext("/c/Users/alice/proj", "/c/Users/alice") { FileSystem = InMemoryFileSystemView.Empty });
        Assert.Equal(FileVerdictBehavior.Deny, windows.Check("Read", @"C:\Users\alice\proj\.env").Behavior);
    }

    [Fact]
    public void BashPieces_FindRuleWorkingDirsProtected()
    {
        var policy = Policy(Rule("Read(~/.ssh/**)", RuleBehavior.Deny), Rule("Edit(//tmp/**)", RuleBehavior.Allow));
        Assert.Equal("Read(~/.ssh/**)", policy.FindRule(PathAccess.Read, RuleBehavior.Deny, "~/.ssh/id_rsa")!.Rule.ToString());
        Assert.NotNull(policy.FindRule(PathAccess.Edit, RuleBehavior.Allow, "/tmp/out"));
        Assert.Null(policy.FindRule(PathAccess.Edit, RuleBehavior.Deny, "/tmp/out"));
        Assert.True(policy.IsInsideWorkingDirectories("src/x"));
        Assert.False(policy.IsInsideWorkingDirectories("/tmp/out"));
        Assert.Equal(ProtectedPathKind.SensitiveFile, policy.ClassifyProtected(".bashrc"));
    }
    [Fact]
    public void DirectoryOnlyPattern_GlobRootAndTrailingSlash_CountAsDirectories()
    {
        var policy = Policy(Rule("Read(docs/)", RuleBehavior.Deny));
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("Glob", Json("""{"pattern":"*","path":"/home/alice/proj/docs"}""")).Behavior);
        Assert.Equal(FileVerdictBehavior.Deny, policy.Check("Grep", Json("""{"pattern":"x","path":"/home/alice/proj/docs/"}""")).Behavior);
        Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Read", "/home/alice/proj/docs").Behavior);
    }

    [Fact]
    public void OneShotEntryPoints_MatchPolicy()
    {
        RuleEntry[] rules = [Rule("Read(.env)", RuleBehavior.Deny)];
        JsonElement input = Json("""{"file_path":"/home/alice/proj/.env","content":"x"}""");
        Assert.Equal(FileVerdictBehavior.Deny, FileToolCheck.Check("Read", input, rules, Context()).Behavior);
        Assert.Equal(FileVerdictBehavior.Deny, FileToolCheck.Validate("Write", input, rules, Context()).Behavior);
        Assert.Equal(FileVerdictBehavior.Passthrough, FileToolCheck.Check("Write", input, rules, Context()).Behavior);
    }
    [Fact]
    public void Plan_EditAllowStillGrantsReads()
    {
        var policy = Policy(Context(PermissionMode.Plan), Rule("Edit(//etc/**)", RuleBehavior.Allow));
        Assert.Equal(FileVerdictBehavior.Allow, policy.Check("Read", "/etc/hosts").Behavior);
        Assert.Equal(FileAskKind.Mode, policy.Check("Edit", "/etc/hosts").AskKind);
    }
}
