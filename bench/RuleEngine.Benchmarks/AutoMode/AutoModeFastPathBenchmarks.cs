using BenchmarkDotNet.Attributes;
using RuleEngine.AutoMode;
using RuleEngine.AutoMode.BuiltIn;
using RuleEngine.AutoMode.Configuration;
using RuleEngine.Benchmarks.Compilation;
using RuleEngine.Evaluation;
using RuleEngine.Settings;

namespace RuleEngine.Benchmarks.AutoMode;

/// <summary>
/// Issue 6: the fast path must stay as fast in auto mode as outside it. The same realistic 1,000-rule policy
/// and scenarios as <see cref="DecisionBenchmarks"/>; <c>Default</c> is <c>PermissionEngine.Decide</c> in
/// default mode, <c>AutoFastPath</c> the auto-mode fast path over the rules auto mode keeps (no classifier call).
/// </summary>
[MemoryDiagnoser]
public class AutoModeFastPathBenchmarks
{
    private PermissionEngine _engine = null!;
    private AutoModeEvaluator _auto = null!;
    private EvaluationContext _autoContext = null!;

    [ParamsSource(nameof(Scenarios))]
    public Scenario Scenario { get; set; } = null!;

    public static IEnumerable<Scenario> Scenarios() => Scenario.All;

    [GlobalSetup]
    public void Setup()
    {
        var rules = RealisticRules.Parse(RealisticRules.Generate(1_000));
        _engine = new PermissionEngine(rules);
        _auto = new AutoModeEvaluator(rules, AutoModeConfig.Default, new BuiltInClassifier(), TimeSpan.FromSeconds(5));
        _autoContext = Scenario.Context with { Mode = PermissionMode.Auto };
        _engine.Decide(Scenario.Call, Scenario.Context);
        _auto.DecideFastPath(Scenario.Call, _autoContext);
    }

    [Benchmark(Baseline = true)]
    public Decision Default() => _engine.Decide(Scenario.Call, Scenario.Context);

    [Benchmark]
    public Decision AutoFastPath() => _auto.DecideFastPath(Scenario.Call, _autoContext);
}
