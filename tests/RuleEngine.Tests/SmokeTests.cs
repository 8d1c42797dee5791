using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Syntax;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests;

public class SmokeTests
{
    [Fact]
    public void Printer_ToolWide_PrintsBareName() => Assert.Equal("Bash", RulePrinter.Print(new PermissionRule("Bash", null)));

    [Fact]
    public void PropertyConfig_RunsBoundedProperty()
    {
        int runs = 0;
        Check.One(PropertyConfig.Bounded(50), Prop.ForAll<int>(i => { runs++; return i + 0 == i; }));
        Assert.True(runs >= 50);
    }
}
