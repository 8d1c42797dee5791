using System.Text.Json;
using RuleEngine.Cli.Commands;

namespace RuleEngine.Cli.Tests.AutoMode;

public sealed class AutoModeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rulec-automode-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string json)
    {
        string path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = AutoModeCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // Isolate from the machine's real user and managed settings.
    private string[] Isolated(params string[] args) =>
        [.. args, "--user-settings", Path.Combine(_dir, "no-user.json"), "--managed-settings", Path.Combine(_dir, "no-managed.json")];

    [Fact]
    public void Defaults_PrintsEverySectionAsJson()
    {
        (int code, string output, _) = Run("defaults");
        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        foreach (string key in new[] { "environment", "allow", "soft_deny", "hard_deny" })
        {
            Assert.True(doc.RootElement.GetProperty(key).GetArrayLength() > 0, key);
        }

        JsonElement force = doc.RootElement.GetProperty("soft_deny").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "soft.force-push");
        Assert.Equal("static", force.GetProperty("matcher").GetString());
        Assert.Equal("destructive version control", force.GetProperty("category").GetString());
    }

    [Fact]
    public void Config_MergesScopesAndExpandsDefaults()
    {
        string user = Write("user.json", """{"autoMode":{"soft_deny":["$defaults","Never touch billing"],"classifyAllShell":true}}""");
        string managed = Write("managed.json", """{"autoMode":{"environment":["Org: Acme","$defaults"]}}""");
        (int code, string output, string err) = Run("config", "--user-settings", user, "--managed-settings", managed);
        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        Assert.True(root.GetProperty("classifyAllShell").GetBoolean());
        JsonElement[] env = root.GetProperty("environment").EnumerateArray().ToArray();
        Assert.Equal("Org: Acme", env[0].GetProperty("text").GetString());
        Assert.Equal("policySettings", env[0].GetProperty("source").GetString());
        Assert.True(env[1].TryGetProperty("builtIn", out _));
        Assert.Contains(root.GetProperty("soft_deny").EnumerateArray(), e => e.GetProperty("text").GetString() == "Never touch billing");
        Assert.Equal(string.Empty, err);
    }

    [Fact]
    public void Config_InlineSettingsJson_Accepted()
    {
        (int code, string output, _) = Run(Isolated("config", "--settings", """{"autoMode":{"hard_deny":["$defaults","No prod db"]}}"""));
        Assert.Equal(0, code);
        Assert.Contains("No prod db", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_ProjectAutoMode_IgnoredAndSaid()
    {
        Write("proj/.claude/settings.json", """{"autoMode":{"allow":["Anything goes"]}}""");
        (int code, string output, string err) = Run(Isolated("config", "--project", Path.Combine(_dir, "proj")));
        Assert.Equal(0, code);
        Assert.DoesNotContain("Anything goes", output, StringComparison.Ordinal);
        Assert.Contains("project and local settings are ignored for autoMode", err, StringComparison.Ordinal);
        Assert.Contains("RE1017", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_SectionWithoutDefaults_WarnsRE1020()
    {
        string flag = Write("flag.json", """{"autoMode":{"soft_deny":["Only this"]}}""");
        (int code, string output, string err) = Run(Isolated("config", "--settings", flag));
        Assert.Equal(0, code);
        Assert.Contains("RE1020", err, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Single(doc.RootElement.GetProperty("soft_deny").EnumerateArray());
    }

    [Fact]
    public void Critique_ReportsDroppedRulesWitnessesAndAutoModeProblems()
    {
        string user = Write("user.json", """
            {
              "permissions": { "allow": ["Bash(python:*)", "Bash(make *)", "Bash(npm test)", "Agent(Explore)"] },
              "autoMode": {
                "allow": ["$defaults", "Force pushing to feature branches is routine", "Force pushing to feature branches is routine"],
                "soft_deny": ["$defaults", "Never force push to protected branches"],
                "hard_deny": []
              }
            }
            """);
        Write("proj/.claude/settings.local.json", """{"autoMode":{"allow":["x"]},"permissions":{"allow":["Bash(node *)"]}}""");
        (int code, string output, string err) = Run("critique", "--user-settings", user, "--managed-settings", Path.Combine(_dir, "none.json"),
            "--project", Path.Combine(_dir, "proj"));
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.Contains("`Bash(python:*)` from `userSettings` is dropped in auto mode", output, StringComparison.Ordinal);
        Assert.Contains("`Agent(Explore)`", output, StringComparison.Ordinal);
        Assert.Contains("`Bash(node *)` from `localSettings` is dropped", output, StringComparison.Ordinal);
        Assert.Contains("RE1101", output, StringComparison.Ordinal);
        Assert.Contains("make -f evil.mk", output, StringComparison.Ordinal);
        Assert.DoesNotContain("`Bash(npm test)`", output, StringComparison.Ordinal);
        Assert.Contains("RE1017", output, StringComparison.Ordinal);
        Assert.Contains("RE1020", output, StringComparison.Ordinal);
        Assert.Contains("RE1103", output, StringComparison.Ordinal);
        Assert.Contains("RE1102", output, StringComparison.Ordinal);
        Assert.Contains("RE1104", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Critique_CleanSettings_NoFindings()
    {
        string user = Write("user.json", """{"permissions":{"allow":["Bash(npm test)","Read"]}}""");
        (int code, string output, _) = Run("critique", "--user-settings", user, "--managed-settings", Path.Combine(_dir, "none.json"));
        Assert.Equal(0, code);
        Assert.Contains("no findings", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bogus")]
    [InlineData("defaults|extra")]
    [InlineData("config|--frobnicate")]
    [InlineData("config|--settings")]
    public void Run_BadArguments_ExitOneWithOneLineError(string joined)
    {
        string[] args = joined.Length == 0 ? [] : joined.Split('|');
        (int code, string output, string err) = Run(args);
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("rulec auto-mode: ", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_MissingSettingsFile_ExitOne()
    {
        (int code, _, string err) = Run(Isolated("config", "--settings", Path.Combine(_dir, "missing.json")));
        Assert.Equal(1, code);
        Assert.Contains("cannot read", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Config_InvalidJson_ExitOne()
    {
        string bad = Write("bad.json", "{ not json");
        (int code, _, string err) = Run(Isolated("config", "--settings", bad));
        Assert.Equal(1, code);
        Assert.Contains("is not valid JSON", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Critique_MissingProject_ExitOne()
    {
        (int code, _, string err) = Run(Isolated("critique", "--project", Path.Combine(_dir, "nope")));
        Assert.Equal(1, code);
        Assert.Contains("does not exist", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Critique_DefaultModeAuto_DroppedRuleIsWarning()
    {
        string user = Write("user.json", """{"permissions":{"defaultMode":"auto","allow":["Bash(node *)"]}}""");
        (int code, string output, _) = Run("critique", "--user-settings", user, "--managed-settings", Path.Combine(_dir, "none.json"));
        Assert.Equal(0, code);
        Assert.Contains("warning RE1012", output, StringComparison.Ordinal);
    }
}
