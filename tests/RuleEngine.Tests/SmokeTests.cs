using RuleEngine.Syntax;

namespace RuleEngine.Tests;

public class SmokeTests
{
    [Fact]
    public void Printer_ToolWide_PrintsBareName() => Assert.Equal("Bash", RulePrinter.Print(new PermissionRule("Bash", null)));
}
