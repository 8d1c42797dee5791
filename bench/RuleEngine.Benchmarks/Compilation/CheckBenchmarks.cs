using System.Collections.Immutable;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RuleEngine.Analysis;
using RuleEngine.Diagnostics;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Benchmarks.Compilation;

/// <summary><c>rulec check</c>-style work on a 10,000-rule settings file: load (read, parse JSON and rules) and analyse.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private string _path = null!;

    [GlobalSetup]
    public void Setup() => _path = WriteSettings(10_000);

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>Load and analyse, as <c>rulec check</c> does before rendering.</summary>
    [Benchmark]
    public int LoadAndAnalyze() => Run(_path);

    /// <summary>The work of one check; returns the number of diagnostics.</summary>
    public static int Run(string path)
    {
        SettingsDocument document = SettingsLoader.LoadFile(path, RuleSource.ProjectSettings);
        RuleSet set = RuleSet.FromDocuments([document], workspaceTrusted: true);
        ImmutableArray<Diagnostic> diagnostics = RuleSetAnalyzer.Analyze(set, new AnalysisOptions { WorkspaceTrusted = true, IncludeInfo = true });
        return diagnostics.Length;
    }

    /// <summary>Writes a settings file with <paramref name="size"/> generated rules; returns its path.</summary>
    public static string WriteSettings(int size)
    {
        var lists = new Dictionary<string, List<string>> { ["allow"] = [], ["ask"] = [], ["deny"] = [] };
        foreach (string rule in RealisticRules.Generate(size))
        {
            string[] p = rule.Split(' ', 2);
            lists[p[0]].Add(p[1]);
        }

        string path = Path.Combine(Path.GetTempPath(), $"ruleengine-bench-{Environment.ProcessId}-{size}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { permissions = lists }));
        return path;
    }
}
