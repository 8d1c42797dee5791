using RuleEngine.Cli.Serve;

namespace RuleEngine.Cli.Tests.Serve;

public class ServiceStatsTests
{
    [Fact]
    public void Percentiles_NoDecisions_Null() => Assert.Null(new ServiceStats().Percentiles());

    [Fact]
    public void Percentiles_HundredLatencies_NearestRank()
    {
        var stats = new ServiceStats();
        foreach (int micros in Enumerable.Range(1, 100).Reverse())
        {
            stats.RecordLatency(micros);
        }

        Assert.Equal((50L, 99L), stats.Percentiles());
    }

    [Fact]
    public void Percentiles_MoreThanTheWindow_OnlyRecentLatenciesCount()
    {
        var stats = new ServiceStats();
        for (int i = 0; i < ServiceStats.Window; i++)
        {
            stats.RecordLatency(1_000_000);
        }

        for (int i = 0; i < ServiceStats.Window; i++)
        {
            stats.RecordLatency(7);
        }

        Assert.Equal((7L, 7L), stats.Percentiles());
    }
}
