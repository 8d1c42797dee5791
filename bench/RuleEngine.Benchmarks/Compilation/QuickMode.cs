using System.Diagnostics;
using System.Runtime.InteropServices;
using RuleEngine.Evaluation;

namespace RuleEngine.Benchmarks.Compilation;

/// <summary>
/// <c>--quick</c>: a Stopwatch run (warm-up, then the median of timed batches) of every scenario and size,
/// the compiled back-end, the interpreter and the naive baseline measured side by side in one process,
/// plus compile time and the <c>rulec check</c> load+analyse of 10,000 rules. Under a minute; the full
/// BenchmarkDotNet run is the authoritative table.
/// </summary>
public static class QuickMode
{
    private static readonly int[] s_sizes = [10, 100, 1_000, 10_000];

    public static void Run(TextWriter output)
    {
        var total = Stopwatch.StartNew();
        output.WriteLine($"RuleEngine quick benchmark — {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical cores");
        output.WriteLine("ns per decision (median of batches); B = bytes allocated per decision by the compiled back-end");
        output.WriteLine();
        output.WriteLine($"{"scenario",-15} {"rules",6} {"compiled",10} {"interpreter",12} {"regex/glob",11} {"interp÷comp",12} {"base÷comp",10} {"B",6}");
        var compile = new List<string>();
        var pathRegex = new List<string>();
        WarmUp();
        foreach (int size in s_sizes)
        {
            var build = Stopwatch.StartNew();
            var policies = new Policies(size);
            build.Stop();
            int runs = size >= 10_000 ? 3 : 5;
            long lazyTicks = MinTicks(() => _ = new PermissionEngine(policies.Entries, new PermissionEngineOptions { Backend = RuleBackend.Expressions }), runs);
            long eagerTicks = MinTicks(() => _ = new RuleEngine.Compilation.RuleIndex(new RuleEngine.Compilation.RulePlan(new PolicyRules(policies.Entries)), compile: true, eager: true), runs);
            compile.Add($"{size,6} rules: build engine (index, buckets compiled on first use) {Ms(lazyTicks),8:F2} ms; "
                + $"split+lower+index+compile every bucket {Ms(eagerTicks),8:F2} ms");
            foreach (Scenario scenario in Scenario.All)
            {
                string expected = policies.Interpreter.Decide(scenario.Call, Scenario.Context).Behavior.ToString();
                string actual = policies.Compiled.Decide(scenario.Call, Scenario.Context).Behavior.ToString();
                if (expected != actual)
                {
                    throw new InvalidOperationException($"{scenario.Name}: back-ends disagree ({actual} vs {expected})");
                }

                (double compiled, double bytes) = Measure(() => policies.Compiled.Decide(scenario.Call, Scenario.Context));
                (double interpreter, _) = Measure(() => policies.Interpreter.Decide(scenario.Call, Scenario.Context));
                (double baseline, _) = Measure(() => policies.Baseline.Decide(scenario));
                output.WriteLine($"{scenario.Name,-15} {size,6} {compiled,10:F0} {interpreter,12:F0} {baseline,11:F0} {interpreter / compiled,11:F1}× {baseline / compiled,9:F1}× {bytes,6:F0}");
                if (scenario.Family == "path")
                {
                    if (policies.Baseline.DecideWithPathRegexes(scenario) != policies.Baseline.Decide(scenario))
                    {
                        throw new InvalidOperationException("path baselines disagree");
                    }

                    (double regex, _) = Measure(() => policies.Baseline.DecideWithPathRegexes(scenario));
                    pathRegex.Add($"{size,6} rules: {regex,8:F0} ns ({regex / compiled:F1}× the compiled back-end; DotNet.Glob per rule {baseline / compiled:F1}×)");
                }
            }
        }

        output.WriteLine();
        output.WriteLine("path scenario, one compiled Regex per path rule instead of one DotNet.Glob:");
        foreach (string line in pathRegex)
        {
            output.WriteLine(line);
        }

        output.WriteLine();
        var analyzer = new RuleEngine.Shell.ShellAnalyzer(Scenario.Context.Home);
        foreach (Scenario scenario in Scenario.All.Where(s => s.Family == "bash"))
        {
            (double ns, double bytes) = Measure(() =>
            {
                RuleEngine.Shell.CommandLine line = analyzer.Analyze(scenario.Subject);
                foreach (RuleEngine.Shell.SimpleCommand command in line.Commands)
                {
                    command.GetCandidates(RuleEngine.Syntax.RuleBehavior.Deny);
                    command.GetCandidates(RuleEngine.Syntax.RuleBehavior.Allow);
                }

                return line;
            });
            output.WriteLine($"{scenario.Name,-17} shell analysis + candidates alone (included above): {ns,7:F0} ns, {bytes:F0} B");
        }

        output.WriteLine();
        foreach (string line in compile)
        {
            output.WriteLine(line);
        }

        string settings = CheckBenchmarks.WriteSettings(10_000);
        try
        {
            CheckBenchmarks.Run(settings);
            var check = Stopwatch.StartNew();
            int diagnostics = CheckBenchmarks.Run(settings);
            output.WriteLine($"rulec check-style load+analyse of 10,000 rules: {check.Elapsed.TotalMilliseconds:F0} ms ({diagnostics} diagnostics)");
        }
        finally
        {
            File.Delete(settings);
        }

        output.WriteLine($"total {total.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// Warm up for 150 ms (long enough for the code of this rule-set size to reach its final JIT tier; 60 ms
    /// measured some lookups at tier 0), then time batches; the median ns per call and the bytes per call.
    /// </summary>
    private static (double Ns, double Bytes) Measure(Func<object?> action)
    {
        object? sink = null;
        var warm = Stopwatch.StartNew();
        long iterations = 0;
        while (warm.ElapsedMilliseconds < 150)
        {
            sink = action();
            iterations++;
        }

        long batch = Math.Max(1, iterations / 4);
        var samples = new double[9];
        long allocated = 0;
        for (int s = 0; s < samples.Length; s++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            for (long i = 0; i < batch; i++)
            {
                sink = action();
            }

            samples[s] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / batch;
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        GC.KeepAlive(sink);
        Array.Sort(samples);
        return (samples[samples.Length / 2], (double)allocated / (batch * samples.Length));
    }

    private static double Ms(long ticks) => Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds;

    /// <summary>Runs every path for a second so the measured code is at its final JIT tier.</summary>
    private static void WarmUp()
    {
        var policies = new Policies(100);
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 1500)
        {
            foreach (Scenario scenario in Scenario.All)
            {
                policies.Compiled.Decide(scenario.Call, Scenario.Context);
                policies.Interpreter.Decide(scenario.Call, Scenario.Context);
                policies.Baseline.Decide(scenario);
            }
        }
    }

    private static long MinTicks(Action action, int runs)
    {
        long best = long.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            best = Math.Min(best, Stopwatch.GetTimestamp() - start);
        }

        return best;
    }
}
