using RuleEngine.Syntax;

namespace RuleEngine.Tests.Syntax;

public class RulePrinterTests
{
    [Theory]
    [InlineData("Bash", null, "Bash")]
    [InlineData("Bash", "npm test", "Bash(npm test)")]
    [InlineData("Bash", "a\\b", "Bash(a\\\\b)")]
    [InlineData("Bash", "(x)", "Bash(\\(x\\))")]
    [InlineData("Read", "C:\\a", "Read(C:\\\\a)")]
    [InlineData("Bash", "x\\", "Bash(x\\\\)")]
    public void Print_Rule_EscapesBackslashThenParentheses(string tool, string? content, string expected)
    {
        Assert.Equal(expected, RulePrinter.Print(new PermissionRule(tool, content)));
    }

    [Theory]
    [InlineData("Bash", "x\\")]
    [InlineData("Bash", "\\(")]
    [InlineData("Bash", "\\)")]
    [InlineData("Bash", "\\\\(")]
    [InlineData("Bash", ")(")]
    [InlineData("Bash", "\\")]
    public void Print_AwkwardContent_RoundTrips(string tool, string content)
    {
        var rule = new PermissionRule(tool, content);

        Assert.Equal(rule, RuleParser.Parse(RulePrinter.Print(rule)).Rule);
    }

    [Fact]
    public void ToString_Rule_IsCanonicalText()
    {
        Assert.Equal("Agent(Explore)", RuleParser.Parse("Task(Explore)").Rule.ToString());
    }
}
