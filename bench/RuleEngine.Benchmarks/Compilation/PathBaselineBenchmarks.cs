using BenchmarkDotNet.Attributes;
using RuleEngine.Evaluation;

namespace RuleEngine.Benchmarks.Compilation;

/// <summary>
/// The path scenario against both baselines a user might write for path rules: one DotNet.Glob per rule (as in
/// <see cref="DecisionBenchmarks"/>) and one compiled Regex per rule (the glob translated), each tried in a loop.
/// </summary>
[MemoryDiagnoser]
public class PathBaselineBenchmarks
{
    private Policies _policies = null!;
    private Scenario _scenario = null!;

    [Params(10, 100, 1_000, 10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policies = new Policies(Rules);
        _scenario = Scenario.All.Single(s => s.Name == "path");
    }

    /// <summary>The Expressions back-end (the default).</summary>
    [Benchmark(Baseline = true)]
    public DecisionBehavior Compiled() => _policies.Compiled.Decide(_scenario.Call, Scenario.Context).Behavior;

    /// <summary>One DotNet.Glob per path rule, first match in a loop.</summary>
    [Benchmark]
    public string? GlobPerRule() => _policies.Baseline.Decide(_scenario);

    /// <summary>One compiled Regex per path rule, first match in a loop.</summary>
    [Benchmark]
    public string? RegexPerRule() => _policies.Baseline.DecideWithPathRegexes(_scenario);
}
