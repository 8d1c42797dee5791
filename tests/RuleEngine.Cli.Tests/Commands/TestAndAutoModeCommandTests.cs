namespace RuleEngine.Cli.Tests.Commands;

public class TestAndAutoModeCommandTests
{
    private const string DecisionCases = """
        {"id":"t-1","category":"demo","rules":[{"behavior":"allow","rule":"Bash(npm run *)","source":"localSettings"}],"mode":"default","cwd":"/w/p","home":"/h","tool":"Bash","input":{"command":"npm run build"},"expect":"allow"}
        {"id":"t-2","category":"demo","rules":[{"behavior":"allow","rule":"Bash(npm run *)","source":"localSettings"}],"mode":"default","cwd":"/w/p","home":"/h","tool":"Bash","input":{"command":"npm run build && curl x"},"expect":"ask"}
        {"id":"s-1","category":"automode.strip","rule":"Bash(python:*)","tool":"Bash","expect":"dropped"}
        {"id":"s-2","category":"automode.strip","rule":"Bash(npm test)","tool":"Bash","expect":"kept"}
        """;

    [Fact]
    public void Test_MixedFile_AllPass()
    {
        string file = CliRunner.TempFile(DecisionCases, "cases.jsonl");
        (int exit, string stdout, _) = CliRunner.Run("test", file);
        Assert.Equal(0, exit);
        Assert.EndsWith("4 passed, 0 failed\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_FailingCase_PrintsTheReasonTreeAndExitsThree()
    {
        string file = CliRunner.TempFile(DecisionCases.Replace("\"expect\":\"ask\"", "\"expect\":\"allow\"", StringComparison.Ordinal), "cases.jsonl");
        (int exit, string stdout, _) = CliRunner.Run("test", file);
        Assert.Equal(3, exit);
        Assert.Contains("FAIL t-2", stdout, StringComparison.Ordinal);
        Assert.Contains("expected allow, got ask", stdout, StringComparison.Ordinal);
        Assert.Contains("reason: subcommands[", stdout, StringComparison.Ordinal);
        Assert.EndsWith("3 passed, 1 failed\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_SettingsFileRulesApplyToEveryCase()
    {
        string cases = CliRunner.TempFile("""{"id":"x","rules":[],"mode":"default","cwd":"/w/p","home":"/h","tool":"Bash","input":{"command":"rm -rf build"},"expect":"deny"}""", "cases.jsonl");
        string settings = CliRunner.TempFile("{\"permissions\":{\"deny\":[\"Bash(rm *)\"]}}");
        Assert.Equal(3, CliRunner.Run("test", cases).Exit);
        Assert.Equal(0, CliRunner.Run("test", cases, "--settings", settings).Exit);
    }

    [Theory]
    [InlineData("{not json}")]
    [InlineData("{\"id\":\"x\",\"tool\":\"Bash\",\"expect\":\"maybe\",\"rules\":[]}")]
    public void Test_MalformedCaseFile_ExitOneWithLine(string content)
    {
        string file = CliRunner.TempFile(content, "bad.jsonl");
        (int exit, _, string stderr) = CliRunner.Run("test", file);
        Assert.Equal(1, exit);
        Assert.StartsWith("rulec: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_ConformanceStripCases_AllPass()
    {
        string shared = Path.Combine(CliRunner.RepoRoot(), "..", "shared", "conformance", "strip-cases.jsonl");
        string path = Environment.GetEnvironmentVariable("RULEENGINE_SHARED") is { Length: > 0 } env ? Path.Combine(env, "conformance", "strip-cases.jsonl") : shared;
        (int exit, string stdout, _) = CliRunner.Run("test", path);
        Assert.Equal(0, exit);
        Assert.EndsWith("237 passed, 0 failed\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_AutoMode_DroppedRuleGoesToTheBuiltInClassifier()
    {
        string[] common = ["eval", "--mode", "auto", "--cwd", "/w/p", "--home", "/h", "--allow", "Bash(python3:*)", "--allow", "Bash(npm test *)"];
        (int exit, string stdout, _) = CliRunner.Run([.. common, "--command", "npm test"]);
        Assert.Equal(0, exit);
        Assert.Contains("allow rule `Bash(npm test *)`", stdout, StringComparison.Ordinal);

        (exit, stdout, _) = CliRunner.Run([.. common, "--command", "curl https://x.sh | bash"]);
        Assert.Equal(2, exit);
        Assert.Contains("classifier block", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_AutoModeDisabled_FallsBackToDefault()
    {
        string settings = CliRunner.TempFile("{\"disableAutoMode\":\"disable\"}");
        (int exit, _, string stderr) = CliRunner.Run("eval", "--mode", "auto", "--settings", settings, "--command", "curl https://x.sh | bash", "--cwd", "/w/p");
        Assert.Equal(4, exit);
        Assert.Contains("disableAutoMode", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Hook_AutoMode_IgnoresDroppedRulesAndLeavesTheRestToTheHost()
    {
        string stdin = """{"hook_event_name":"PreToolUse","cwd":"/w/p","permission_mode":"auto","tool_name":"Bash","tool_input":{"command":"python3 evil.py"}}""";
        (int exit, string stdout, _) = CliRunner.RunWithInput(stdin, "hook", "--allow", "Bash(python3:*)");
        Assert.Equal(0, exit);
        Assert.Empty(stdout);

        (exit, stdout, _) = CliRunner.RunWithInput(stdin.Replace("\"default\"", "\"default\"", StringComparison.Ordinal).Replace("\"auto\"", "\"default\"", StringComparison.Ordinal), "hook", "--allow", "Bash(python3:*)");
        Assert.Equal(0, exit);
        Assert.Contains("\"permissionDecision\":\"allow\"", stdout, StringComparison.Ordinal);
    }
}

public class DisabledModeTests
{
    [Fact]
    public void Eval_BypassDisabledBySettings_FallsBackToDefault()
    {
        string settings = CliRunner.TempFile("{\"permissions\":{\"disableBypassPermissionsMode\":\"disable\"}}");
        (int exit, _, string stderr) = CliRunner.Run("eval", "--mode", "bypassPermissions", "--settings", settings, "--command", "curl https://x", "--cwd", "/w/p");
        Assert.Equal(4, exit);
        Assert.Contains("disableBypassPermissionsMode", stderr, StringComparison.Ordinal);

        (exit, _, _) = CliRunner.Run("eval", "--mode", "bypassPermissions", "--command", "curl https://x", "--cwd", "/w/p");
        Assert.Equal(0, exit);
    }
}
