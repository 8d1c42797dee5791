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

    /// <summary>Build the compiled policy (index + System.Linq.Expressions matchers).</summary>
    [Benchmark]
    public PermissionEngine CompileExpressions() => new(_entries, new PermissionEngineOptions { Backend = RuleBackend.Expressions });

    /// <summary>Build the index with interpreted matchers.</summary>
    [Benchmark]
    public PermissionEngine CompileIndexed() => new(_entries, new PermissionEngineOptions { Backend = RuleBackend.Indexed });

    /// <summary>Build the interpreter (rule lists only).</summary>
    [Benchmark]
    public PermissionEngine CompileInterpreter() => new(_entries, new PermissionEngineOptions { Backend = RuleBackend.Interpreter });
}
