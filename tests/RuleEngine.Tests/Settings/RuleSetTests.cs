using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Settings;

public class RuleSetTests
{
    private static SettingsDocument Doc(RuleSource scope, string json, string path = "s.json") => SettingsLoader.LoadText(path, json, scope);

    [Fact]
    public void FromDocuments_RuleArrays_AreConcatenatedInPrecedenceOrderWithProvenance()
    {
        RuleSet set = RuleSet.FromDocuments(
        [
            Doc(RuleSource.UserSettings, "{\"permissions\":{\"deny\":[\"Bash(rm *)\"]}}", "/home/u/.claude/settings.json"),
            Doc(RuleSource.PolicySettings, "{\"permissions\":{\"deny\":[\"Bash(curl *)\"]}}", "/etc/claude-code/managed-settings.json"),
            Doc(RuleSource.LocalSettings, "{\"permissions\":{\"allow\":[\"Bash(ls)\"]}}", "/p/.claude/settings.local.json"),
        ], workspaceTrusted: false);

        Assert.Equal(["Bash(curl *)", "Bash(ls)", "Bash(rm *)"], set.Rules.Select(r => r.Rule.ToString()));
        Assert.Equal([RuleSource.PolicySettings, RuleSource.LocalSettings, RuleSource.UserSettings], set.Rules.Select(r => r.Source));
        Assert.Equal("/home/u/.claude/settings.json", set.Rules[2].Location.Path);
        Assert.Equal("/home/u/.claude", set.Rules[2].SourceRoot);
    }

    [Fact]
    public void FromDocuments_DefaultMode_HighestPrecedenceWins()
    {
        RuleSet set = RuleSet.FromDocuments(
        [
            Doc(RuleSource.UserSettings, "{\"permissions\":{\"defaultMode\":\"plan\"}}"),
            Doc(RuleSource.LocalSettings, "{\"permissions\":{\"defaultMode\":\"acceptEdits\"}}"),
        ], workspaceTrusted: true);

        Assert.Equal((PermissionMode.AcceptEdits, RuleSource.LocalSettings), set.Settings.DefaultMode);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("bypassPermissions")]
    public void FromDocuments_AutoOrBypassInProject_IsIgnored(string mode)
    {
        RuleSet set = RuleSet.FromDocuments(
        [
            Doc(RuleSource.ProjectSettings, $"{{\"permissions\":{{\"defaultMode\":\"{mode}\"}}}}"),
            Doc(RuleSource.UserSettings, "{\"permissions\":{\"defaultMode\":\"plan\"}}"),
        ], workspaceTrusted: true);

        Assert.Equal((PermissionMode.Plan, RuleSource.UserSettings), set.Settings.DefaultMode);
    }

    [Fact]
    public void FromDocuments_UntrustedWorkspace_IgnoresProjectAllowButKeepsDenyAndAsk()
    {
        SettingsDocument project = Doc(RuleSource.ProjectSettings,
            "{\"permissions\":{\"allow\":[\"Bash(ls)\"],\"ask\":[\"Bash(git push *)\"],\"deny\":[\"Bash(rm *)\"],\"additionalDirectories\":[\"/srv\"]}}");

        RuleSet untrusted = RuleSet.FromDocuments([project], workspaceTrusted: false);
        Assert.Equal(["Bash(git push *)", "Bash(rm *)"], untrusted.Rules.Select(r => r.Rule.ToString()).Order());
        Assert.Equal("Bash(ls)", Assert.Single(untrusted.Ignored).Entry.Rule.ToString());
        Assert.Empty(untrusted.Settings.AdditionalDirectories);

        RuleSet trusted = RuleSet.FromDocuments([project], workspaceTrusted: true);
        Assert.Equal(3, trusted.Rules.Length);
        Assert.Equal(new[] { "/srv" }, trusted.Settings.AdditionalDirectories.ToArray());
    }

    [Fact]
    public void FromDocuments_ManagedOnly_KeepsOnlyManagedRules()
    {
        RuleSet set = RuleSet.FromDocuments(
        [
            Doc(RuleSource.PolicySettings, "{\"allowManagedPermissionRulesOnly\":true,\"permissions\":{\"deny\":[\"Bash(curl *)\"]}}"),
            Doc(RuleSource.UserSettings, "{\"permissions\":{\"allow\":[\"Bash\"],\"deny\":[\"Bash(rm *)\"]}}"),
        ], workspaceTrusted: true);

        Assert.Equal("Bash(curl *)", Assert.Single(set.Rules).Rule.ToString());
        Assert.Equal(2, set.Ignored.Length);
        Assert.True(set.Settings.AllowManagedPermissionRulesOnly);
    }

    [Fact]
    public void FromDocuments_StricterWinsFlags_TrueAnywhereWins()
    {
        RuleSet set = RuleSet.FromDocuments(
        [
            Doc(RuleSource.PolicySettings, "{\"permissions\":{\"blockReadsOutsideWorkingDirectories\":false}}"),
            Doc(RuleSource.UserSettings, "{\"permissions\":{\"blockReadsOutsideWorkingDirectories\":true,\"denyInsteadOfPrompting\":true}}"),
            Doc(RuleSource.ProjectSettings, "{\"permissions\":{\"blockWritesOutsideWorkingDirectories\":true}}"),
        ], workspaceTrusted: true);

        Assert.True(set.Settings.BlockReadsOutsideWorkingDirectories);
        Assert.True(set.Settings.BlockWritesOutsideWorkingDirectories);
        Assert.True(set.Settings.DenyInsteadOfPrompting);
    }

    [Fact]
    public void FromDocuments_DenyInsteadOfPromptingInProject_IsIgnored()
    {
        RuleSet set = RuleSet.FromDocuments([Doc(RuleSource.ProjectSettings, "{\"permissions\":{\"denyInsteadOfPrompting\":true}}")], workspaceTrusted: true);
        Assert.False(set.Settings.DenyInsteadOfPrompting);
    }

    [Fact]
    public void Load_AllScopesFromDisk_FindsEachFile()
    {
        string root = Directory.CreateTempSubdirectory("re-scopes").FullName;
        string project = Path.Combine(root, "proj");
        string home = Path.Combine(root, "home");
        string managed = Path.Combine(root, "etc");
        Directory.CreateDirectory(Path.Combine(project, ".claude"));
        Directory.CreateDirectory(Path.Combine(home, ".claude"));
        Directory.CreateDirectory(Path.Combine(managed, "managed-settings.d"));
        File.WriteAllText(Path.Combine(project, ".claude", "settings.json"), "{\"permissions\":{\"deny\":[\"Bash(p)\"]}}");
        File.WriteAllText(Path.Combine(project, ".claude", "settings.local.json"), "{\"permissions\":{\"deny\":[\"Bash(l)\"]}}");
        File.WriteAllText(Path.Combine(home, ".claude", "settings.json"), "{\"permissions\":{\"deny\":[\"Bash(u)\"]}}");
        File.WriteAllText(Path.Combine(managed, "managed-settings.json"), "{\"permissions\":{\"deny\":[\"Bash(m)\"]}}");
        File.WriteAllText(Path.Combine(managed, "managed-settings.d", "10-extra.json"), "{\"permissions\":{\"deny\":[\"Bash(d)\"]}}");
        string flag = Path.Combine(root, "flag.json");
        File.WriteAllText(flag, "{\"permissions\":{\"deny\":[\"Bash(f)\"]}}");

        RuleSet set = RuleSet.Load(new SettingsLoadOptions
        {
            ProjectDirectory = project,
            HomeDirectory = home,
            ManagedDirectory = managed,
            FlagSettingsFiles = [flag],
        });

        Assert.Equal(["Bash(m)", "Bash(d)", "Bash(f)", "Bash(l)", "Bash(p)", "Bash(u)"], set.Rules.Select(r => r.Rule.ToString()));
        Assert.Equal(Path.GetFullPath(project), set.Rules.Single(r => r.Source == RuleSource.ProjectSettings).SourceRoot);
        Assert.Equal(root, set.Rules.Single(r => r.Source == RuleSource.FlagSettings).SourceRoot);
    }
}
