using BenchmarkDotNet.Attributes;
using RuleEngine.Evaluation;

namespace RuleEngine.Benchmarks.Compilation;

/// <summary>
/// Decide one call (command analysis included) per tool family and rule-set size: the compiled back-end,
/// the interpreter, and the naive baseline (one Regex per rule, DotNet.Glob per path rule) side by side.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private Policies _policies = null!;
    private Scenario _scenario = null!;

    [Params(10, 100, 1_000, 10_000)]
    public int Rules { get; set; }

    [ParamsSource(nameof(ScenarioNames))]
    public string Scenario { get; set; } = "bash-single";

    public static IEnumerable<string> ScenarioNames() => Compilation.Scenario.All.Select(s => s.Name);

    [GlobalSetup]
    public void Setup()
    {
        _policies = new Policies(Rules);
        _scenario = Compilation.Scenario.All.Single(s => s.Name == Scenario);
    }

    /// <summary>The Expressions back-end (the default).</summary>
    [Benchmark(Baseline = true)]
    public DecisionBehavior Compiled() => _policies.Compiled.Decide(_scenario.Call, Compilation.Scenario.Context).Behavior;

    /// <summary>The interpreter back-end (the reference).</summary>
    [Benchmark]
    public DecisionBehavior Interpreter() => _policies.Interpreter.Decide(_scenario.Call, Compilation.Scenario.Context).Behavior;

    /// <summary>One Regex per rule (paths: one DotNet.Glob per rule), first match in a loop.</summary>
    [Benchmark]
    public string? NaiveBaseline() => _policies.Baseline.Decide(_scenario);
}
