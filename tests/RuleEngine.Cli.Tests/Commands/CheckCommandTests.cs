using System.Text;
using System.Text.Json;

namespace RuleEngine.Cli.Tests.Commands;

public class CheckCommandTests
{
    [Fact]
    public void Check_ShippedExample_ExitsZeroWithWarnings()
    {
        (int exit, string stdout, _) = CliRunner.Run("check", Path.Combine(CliRunner.RepoRoot(), "examples", "settings.json"));
        Assert.Equal(0, exit);
        Assert.Contains("warning RE1011", stdout, StringComparison.Ordinal);
        Assert.Contains("help: ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BrokenExample_ExitsThreeWithErrors()
    {
        (int exit, string stdout, _) = CliRunner.Run("check", Path.Combine(CliRunner.RepoRoot(), "examples", "broken-settings.json"));
        Assert.Equal(3, exit);
        Assert.Contains("error RE0011", stdout, StringComparison.Ordinal);
        Assert.Contains("error RE0013", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HumanOutput_HasLocationCaretAndHelp()
    {
        string file = CliRunner.TempFile("{\n  \"permissions\": {\n    \"deny\": [\"Bash(npm test\"]\n  }\n}\n");
        (int exit, string stdout, _) = CliRunner.Run("check", file);

        Assert.Equal(3, exit);
        string[] lines = stdout.Split('\n');
        Assert.Equal($"{file}(3,19): error RE0011: malformed rule `Bash(npm test`: `(` is never closed", lines[0]);
        Assert.Equal("        \"deny\": [\"Bash(npm test\"]", lines[1]); // the source line, indented by 4
        Assert.Equal(new string(' ', 4 + 18) + "^", lines[2].TrimEnd());
        Assert.StartsWith("  help: ", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WarningsAsErrors_TurnsWarningsIntoExitThree()
    {
        string file = CliRunner.TempFile("{\"permissions\":{\"deny\":[\"Bsh(ls)\"]}}");
        Assert.Equal(0, CliRunner.Run("check", file).Exit);
        Assert.Equal(3, CliRunner.Run("check", file, "--warnings-as-errors").Exit);
    }

    [Fact]
    public void Check_JsonFormat_IsAnArrayOfDiagnostics()
    {
        string file = CliRunner.TempFile("{\"permissions\":{\"deny\":[\"Bsh(ls)\"]}}");
        (int exit, string stdout, _) = CliRunner.Run("check", file, "--format", "json");

        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement d = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("RE1001", d.GetProperty("id").GetString());
        Assert.Equal(1, d.GetProperty("line").GetInt32());
        Assert.Equal(26, d.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Check_SarifFormat_HasRunWithResults()
    {
        string file = CliRunner.TempFile("{\"permissions\":{\"allow\":[\"mcp__*\"]}}");
        (int exit, string stdout, _) = CliRunner.Run("check", file, "--format", "sarif");

        Assert.Equal(3, exit);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        JsonElement result = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("RE0024", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("{\"permissions\": {", "RE0001")]
    [InlineData("", "RE0003")]
    [InlineData("[]", "RE0006")]
    public void Check_BadFile_OneLineErrorAndExitThree(string content, string id)
    {
        string file = CliRunner.TempFile(content);
        (int exit, string stdout, string stderr) = CliRunner.Run("check", file);
        Assert.Equal(3, exit);
        Assert.Contains($"error {id}:", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NotUtf8_ExitThreeWithPosition()
    {
        string file = CliRunner.TempFile(string.Empty);
        File.WriteAllBytes(file, [.. Encoding.UTF8.GetBytes("{\"a\":\""), 0xC3, 0x28, (byte)'"', (byte)'}']);
        (int exit, string stdout, _) = CliRunner.Run("check", file);
        Assert.Equal(3, exit);
        Assert.Contains($"{file}(1,7): error RE0002", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFileOrDirectory_ExitOne()
    {
        string dir = Directory.CreateTempSubdirectory("rulec").FullName;
        (int exit, string stdout, _) = CliRunner.Run("check", Path.Combine(dir, "missing.json"));
        Assert.Equal(1, exit);
        Assert.Contains("does not exist", stdout, StringComparison.Ordinal);

        (exit, stdout, _) = CliRunner.Run("check", dir);
        Assert.Equal(1, exit);
        Assert.Contains("is a directory", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DeepNesting_ExitThreeNoCrash()
    {
        string file = CliRunner.TempFile(new string('[', 50_000) + new string(']', 50_000));
        (int exit, string stdout, _) = CliRunner.Run("check", file);
        Assert.Equal(3, exit);
        Assert.Contains("error RE0004", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProjectDirectory_LoadsBothProjectFiles()
    {
        string dir = Directory.CreateTempSubdirectory("rulec-proj").FullName;
        Directory.CreateDirectory(Path.Combine(dir, ".claude"));
        File.WriteAllText(Path.Combine(dir, ".claude", "settings.json"), "{\"permissions\":{\"deny\":[\"Bash(rm *)\"]}}");
        File.WriteAllText(Path.Combine(dir, ".claude", "settings.local.json"), "{\"permissions\":{\"allow\":[\"Bash(rm -rf build)\"]}}");

        (int exit, string stdout, _) = CliRunner.Run("check", "--project", dir);
        Assert.Equal(0, exit);
        Assert.Contains("warning RE1011", stdout, StringComparison.Ordinal);
        Assert.Contains("settings.local.json", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--bogus")]
    [InlineData("--scope", "team")]
    public void Check_BadArguments_ExitOneWithMessage(params string[] extra)
    {
        string file = CliRunner.TempFile("{}");
        (int exit, _, string stderr) = CliRunner.Run(["check", file, .. extra]);
        Assert.Equal(1, exit);
        Assert.StartsWith("rulec: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ScopeInference_LocalAndManagedNames()
    {
        Assert.Equal(Syntax.RuleSource.LocalSettings, RuleEngine.Cli.Commands.CheckCommand.InferScope("/x/.claude/settings.local.json"));
        Assert.Equal(Syntax.RuleSource.PolicySettings, RuleEngine.Cli.Commands.CheckCommand.InferScope("/etc/claude-code/managed-settings.json"));
        Assert.Equal(Syntax.RuleSource.ProjectSettings, RuleEngine.Cli.Commands.CheckCommand.InferScope("/x/.claude/settings.json"));
    }
}
