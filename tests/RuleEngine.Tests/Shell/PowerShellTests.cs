using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Shell;

public class PowerShellTests
{
    private static string[] Split(string command)
    {
        var output = new List<PowerShellSubcommand>();
        return PowerShellSplitter.TrySplit(command, output, out string? error) ? output.Select(s => s.Text).ToArray() : ["error: " + error];
    }

    [Theory]
    [InlineData("Get-ChildItem | Remove-Item", new[] { "Get-ChildItem", "Remove-Item" })]
    [InlineData("a; b", new[] { "a", "b" })]
    [InlineData("Remove-Item x && Get-Date", new[] { "Remove-Item x", "Get-Date" })]
    [InlineData("a || b", new[] { "a", "b" })]
    [InlineData("a\nb", new[] { "a", "b" })]
    [InlineData("Start-Job x &", new[] { "Start-Job x" })]
    [InlineData("a & b", new[] { "a", "b" })]
    [InlineData("& 'C:\\x y\\tool.exe' -a", new[] { "& 'C:\\x y\\tool.exe' -a" })]
    [InlineData("echo 'a; b | c'", new[] { "echo 'a; b | c'" })]
    [InlineData("echo \"a; b\"", new[] { "echo \"a; b\"" })]
    [InlineData("echo 'it''s; x'", new[] { "echo 'it''s; x'" })]
    [InlineData("echo \"a`\"; b\"", new[] { "echo \"a`\"; b\"" })]
    [InlineData("echo a`;b", new[] { "echo a`;b" })]
    [InlineData("gci | % { Remove-Item $_; Get-Date }", new[] { "gci", "% { Remove-Item $_; Get-Date }" })]
    [InlineData("Write-Output (Get-Date; Remove-Item x)", new[] { "Write-Output (Get-Date; Remove-Item x)" })]
    [InlineData("Get-Date # ; Remove-Item x", new[] { "Get-Date" })]
    [InlineData("Get-Date <# ; x #> ; ls", new[] { "Get-Date", "ls" })]
    [InlineData("npm test 2>&1", new[] { "npm test 2>&1" })]
    [InlineData("echo 'unterminated", new[] { "error: unterminated string" })]
    [InlineData("gci | % { x", new[] { "error: unterminated block" })]
    [InlineData("a }", new[] { "error: unbalanced `}`" })]
    public void TrySplit_Command_SplitsOutsideQuotesAndBlocks(string command, string[] expected)
    {
        Assert.Equal(expected, Split(command));
    }

    [Theory]
    [InlineData("gci | % { Remove-Item $_ }", 1, true)]
    [InlineData("echo \"$(Remove-Item x)\"", 0, true)]
    [InlineData("& $tool", 0, true)]
    [InlineData("Get-Date", 0, false)]
    public void TrySplit_NestedScript_IsFlagged(string command, int index, bool nested)
    {
        var output = new List<PowerShellSubcommand>();
        Assert.True(PowerShellSplitter.TrySplit(command, output, out _));
        Assert.Equal(nested, output[index].HasNestedScript);
    }

    [Theory]
    [InlineData("Get-ChildItem *", "gci", true)]
    [InlineData("Get-ChildItem *", "ls", true)]
    [InlineData("Get-ChildItem *", "dir C:\\", true)]
    [InlineData("Get-ChildItem *", "get-childitem -Recurse", true)]
    [InlineData("Get-ChildItem *", "Get-ChildItemX", false)]
    [InlineData("Stop-Process *", "kill 123", true)]
    [InlineData("Invoke-Expression *", "iex \"Remove-Item x\"", true)]
    [InlineData("iex *", "iex \"Remove-Item x\"", true)]
    [InlineData("iex *", "Invoke-Expression $code", true)]
    [InlineData("Invoke-WebRequest *", "iwr https://x", true)]
    [InlineData("remove-item:*", "Remove-Item x", true)]
    [InlineData("remove-item:*", "Remove-Item", true)]
    [InlineData("remove-item:*", "Remove-ItemProperty x", false)]
    [InlineData("Remove-Item *", "ri x", true)]
    [InlineData("npm test", "NPM TEST", true)]
    [InlineData("npm test", "npm test -x", false)]
    [InlineData("git push *", "git push origin main", true)]
    [InlineData(":*", "anything", false)]
    public void Matches_Pattern_IsCaseInsensitiveWithAliases(string rule, string command, bool expected)
    {
        var output = new List<PowerShellSubcommand>();
        Assert.True(PowerShellSplitter.TrySplit(command, output, out _));
        Assert.Equal(expected, PowerShellPattern.Compile(rule).Matches(output[0], RuleBehavior.Deny));
    }

    [Fact]
    public void Matches_CompoundCommand_EachSubcommandEvaluated()
    {
        var output = new List<PowerShellSubcommand>();
        Assert.True(PowerShellSplitter.TrySplit("Remove-Item x && Get-Date", output, out _));
        PowerShellPattern deny = PowerShellPattern.Compile("remove-item:*");
        Assert.True(deny.Matches(output[0], RuleBehavior.Deny));
        Assert.False(deny.Matches(output[1], RuleBehavior.Deny));
    }
}
