using BenchmarkDotNet.Attributes;
using RuleEngine.Evaluation;
using RuleEngine.Syntax;

namespace RuleEngine.Benchmarks.Compilation;

/// <summary>Parse the rule strings, and build an engine (split, lower, index, compile) per back-end.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private List<string> _texts = null!;
    private List<RuleEntry> _entries = null!;

    [Params(10, 100, 1_000, 10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = RealisticRules.Generate(Rules);
        _entries = RealisticRules.Parse(_texts);
    }

    /// <summary>Parse every rule string.</summary>
    [Benchmark]
    public int Parse() => RealisticRules.Parse(_texts).Count;

    /// <summary>Build the compiled policy as <c>new PermissionEngine</c> does (index now, each Bash bucket compiled on first use).</summary>
    [Benchmark]
    public PermissionEngine CompileExpressions() => new(_entries, new PermissionEngineOptions { Backend = RuleBackend.Expressions });

    /// <summary>Split, lower, index and compile every Bash bucket now (what the lazy build defers to first use).</summary>
    [Benchmark]
    public object CompileExpressionsEager() => new RuleEngine.Compilation.RuleIndex(new RuleEngine.Compilation.RulePlan(new PolicyRules(_entries)), compile: true, eager: true);

    /// <summary>Build the index with interpreted matchers.</summary>
    [Benchmark]
    public PermissionEngine CompileIndexed() => new(_entries, new PermissionEngineOptions { Backend = RuleBackend.Indexed });

    /// <summary>Build the interpreter (rule lists only).</summary>
    [Benchmark]
    public PermissionEngine CompileInterpreter() => new(_entries, new PermissionEngineOptions { Backend = RuleBackend.Interpreter });
}
