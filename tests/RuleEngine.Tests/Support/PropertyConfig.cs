using FsCheck;
using Microsoft.FSharp.Core;

namespace RuleEngine.Tests.Support;

/// <summary>
/// FsCheck settings shared by every property test: a fixed seed and a bounded number of cases so CI is
/// reproducible and fast. Set <c>RULEENGINE_FSCHECK_SCALE</c> (a multiplier, e.g. 1000) for long fuzzing
/// runs and <c>RULEENGINE_FSCHECK_SEED</c> to explore other seeds.
/// </summary>
internal static class PropertyConfig
{
    private static readonly ulong s_seed = ulong.TryParse(Environment.GetEnvironmentVariable("RULEENGINE_FSCHECK_SEED"), out ulong s) ? s : 20261121UL;

    private static readonly int s_scale = int.TryParse(Environment.GetEnvironmentVariable("RULEENGINE_FSCHECK_SCALE"), out int k) && k > 0 ? k : 1;

    /// <summary>A config that throws on failure, runs <paramref name="maxTest"/> × scale cases from the fixed seed.</summary>
    public static Config Bounded(int maxTest) =>
        Config.QuickThrowOnFailure
            .WithMaxTest(maxTest * s_scale)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(s_seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
}
