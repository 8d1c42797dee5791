using RuleEngine.AutoMode.Configuration;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.AutoMode;

public class AutoModeConfigLoaderTests
{
    [Fact]
    public void Load_NoBlocks_EverySectionIsBuiltIn()
    {
        AutoModeConfigResult result = AutoModeConfigLoader.Load((RuleSource.UserSettings, "{}"));
        foreach (AutoModeSection section in AutoModeSectionNames.All)
        {
            Assert.NotEmpty(result.Config[section]);
            Assert.All(result.Config[section], i => Assert.True(i.IsBuiltIn));
        }

        Assert.False(result.Config.ClassifyAllShell);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Load_DefaultsSplicedAtPosition()
    {
        AutoModeConfig config = AutoModeConfigLoader.Load((RuleSource.UserSettings,
            """{"autoMode":{"soft_deny":["Never touch billing","$defaults","Never email customers"]}}""")).Config;
        int builtIns = AutoModeConfig.BuiltInItems(AutoModeSection.SoftDeny).Length;
        Assert.Equal(builtIns + 2, config.SoftDeny.Length);
        Assert.Equal("Never touch billing", config.SoftDeny[0].Text);
        Assert.True(config.SoftDeny[1].IsBuiltIn);
        Assert.Equal("Never email customers", config.SoftDeny[^1].Text);
        Assert.Equal(RuleSource.UserSettings, config.SoftDeny[0].Source);
    }

    [Fact]
    public void Load_SectionWithoutDefaults_ReplacesBuiltInsAndWarns()
    {
        AutoModeConfigResult result = AutoModeConfigLoader.Load((RuleSource.UserSettings, """{"autoMode":{"soft_deny":["x"]}}"""));
        Assert.Equal(["x"], result.Config.SoftDeny.Select(i => i.Text));
        Assert.False(result.Config.IncludesBuiltIn("soft.force-push"));
        Assert.True(result.Config.IncludesBuiltIn("hard.exfiltration"));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Same(Descriptors.AutoModeWithoutDefaults, d.Descriptor);
        Assert.Contains("`autoMode.soft_deny`", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RuleSource.ProjectSettings)]
    [InlineData(RuleSource.LocalSettings)]
    public void Load_ProjectOrLocalScope_IgnoredWithRE1017(RuleSource source)
    {
        AutoModeConfigResult result = AutoModeConfigLoader.Load((source, """{"autoMode":{"allow":["anything goes"],"classifyAllShell":true}}"""));
        Assert.DoesNotContain(result.Config.Allow, i => i.Text == "anything goes");
        Assert.False(result.Config.ClassifyAllShell);
        Assert.Same(Descriptors.AutoModeIgnoredScope, Assert.Single(result.Diagnostics).Descriptor);
        Assert.Single(result.IgnoredScopes);
    }

    [Fact]
    public void Load_ScopesConcatenated_ManagedFirst()
    {
        AutoModeConfig config = AutoModeConfigLoader.Load(
            (RuleSource.UserSettings, """{"autoMode":{"environment":["user env"]}}"""),
            (RuleSource.PolicySettings, """{"autoMode":{"environment":["$defaults","org env"]}}"""),
            (RuleSource.FlagSettings, """{"autoMode":{"environment":["flag env"]}}""")).Config;
        string[] prose = config.Environment.Where(i => !i.IsBuiltIn).Select(i => i.Text).ToArray();
        Assert.Equal(["org env", "flag env", "user env"], prose);
        Assert.Contains(config.Environment, i => i.IsBuiltIn);
    }

    [Fact]
    public void Load_DefaultsInTwoScopes_ExpandedOnce()
    {
        AutoModeConfig config = AutoModeConfigLoader.Load(
            (RuleSource.UserSettings, """{"autoMode":{"hard_deny":["$defaults"]}}"""),
            (RuleSource.PolicySettings, """{"autoMode":{"hard_deny":["$defaults"]}}""")).Config;
        Assert.Equal(AutoModeConfig.BuiltInItems(AutoModeSection.HardDeny).Length, config.HardDeny.Length);
    }

    [Fact]
    public void Load_ClassifyAllShell_HighestPrecedenceWins()
    {
        Assert.True(AutoModeConfigLoader.Load((RuleSource.UserSettings, """{"autoMode":{"classifyAllShell":true}}""")).Config.ClassifyAllShell);
        Assert.False(AutoModeConfigLoader.Load(
            (RuleSource.UserSettings, """{"autoMode":{"classifyAllShell":true}}"""),
            (RuleSource.PolicySettings, """{"autoMode":{"classifyAllShell":false}}""")).Config.ClassifyAllShell);
    }

    [Theory]
    [InlineData("""{"autoMode":[]}""")]
    [InlineData("""{"autoMode":{"allow":"x"}}""")]
    [InlineData("""{"autoMode":{"allow":["$defaults",3]}}""")]
    [InlineData("""{"autoMode":{"classifyAllShell":"yes"}}""")]
    public void Load_WrongTypes_RE0025(string json)
    {
        AutoModeConfigResult result = AutoModeConfigLoader.Load((RuleSource.UserSettings, json));
        Assert.Contains(result.Diagnostics, d => d.Descriptor == Descriptors.AutoModeWrongType);
    }

    [Fact]
    public void Load_UnknownKey_RE1100()
    {
        AutoModeConfigResult result = AutoModeConfigLoader.Load((RuleSource.UserSettings, """{"autoMode":{"softDeny":["x"]}}"""));
        Assert.Same(Descriptors.AutoModeUnknownKey, Assert.Single(result.Diagnostics).Descriptor);
    }

    [Fact]
    public void Constructor_ItemInWrongSection_Throws() =>
        Assert.Throws<ArgumentException>(() => new AutoModeConfig(
            [new AutoModeItem(AutoModeSection.Allow, "x", null, null)], [], [], [], false));
}
