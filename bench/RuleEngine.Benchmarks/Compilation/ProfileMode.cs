using System.Diagnostics;

namespace RuleEngine.Benchmarks.Compilation;

/// <summary>
/// <c>--profile SCENARIO [SECONDS] [RULES] [--analyze-only]</c>: decides one scenario in a tight loop on the compiled back-end
/// so a sampling profiler (<c>perf record</c> with <c>DOTNET_PerfMapEnabled=1</c>) sees only the hot path.
/// Prints the mean ns per decision when done.
/// </summary>
public static class ProfileMode
{
    public static void Run(string[] args, TextWriter output)
    {
        int at = Array.IndexOf(args, "--profile");
        string name = args.Length > at + 1 ? args[at + 1] : "bash-single";
        double seconds = args.Length > at + 2 ? double.Parse(args[at + 2], System.Globalization.CultureInfo.InvariantCulture) : 10;
        int size = args.Length > at + 3 ? int.Parse(args[at + 3], System.Globalization.CultureInfo.InvariantCulture) : 1_000;
        Scenario scenario = Scenario.All.FirstOrDefault(s => s.Name == name)
            ?? throw new ArgumentException($"unknown scenario `{name}`; one of: {string.Join(", ", Scenario.All.Select(s => s.Name))}");
        var clock = Stopwatch.StartNew();
        long calls = 0;
        if (args.Contains("--analyze-only"))
        {
            // The shell analysis of the scenario's command alone (parse, flags; no rules, no candidates).
            var analyzer = new RuleEngine.Shell.ShellAnalyzer(Scenario.Context.Home);
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                for (int i = 0; i < 1000; i++)
                {
                    analyzer.Analyze(scenario.Subject);
                }

                calls += 1000;
            }

            output.WriteLine($"{scenario.Name} analysis alone: {clock.Elapsed.TotalNanoseconds / calls:F0} ns per call over {calls} calls");
            return;
        }

        var policies = new Policies(size);
        policies.Compiled.Decide(scenario.Call, Scenario.Context); // warm: first-use compilation is not counted below
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (int i = 0; i < 1000; i++)
            {
                policies.Compiled.Decide(scenario.Call, Scenario.Context);
            }

            calls += 1000;
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        output.WriteLine($"{scenario.Name} at {size} rules: {clock.Elapsed.TotalNanoseconds / calls:F0} ns per decision over {calls} calls, {(double)allocated / calls:F0} B per decision");
    }
}
