using RuleEngine.Diagnostics;

namespace RuleEngine.Tests.AutoMode;

public class AutoModeDescriptorTests
{
    private static readonly DiagnosticDescriptor[] s_autoMode =
    [
        Descriptors.AutoModeUnknownKey, Descriptors.OverBroadWitness, Descriptors.AutoModeDuplicateEntry,
        Descriptors.AutoModeEmptySection, Descriptors.AutoModeAllowOverridesSoftDeny,
    ];

    [Fact]
    public void AutoModeDescriptors_InTheirRange()
    {
        foreach (DiagnosticDescriptor d in s_autoMode)
        {
            int id = int.Parse(d.Id.AsSpan(2));
            Assert.InRange(id, 1100, 1199);
            Assert.True(char.IsLower(d.Title[0]), d.Title);
        }
    }

    [Fact]
    public void AllDescriptorIds_Unique() =>
        Assert.Equal(Descriptors.All.Count, Descriptors.All.Select(d => d.Id).Distinct().Count());
}
