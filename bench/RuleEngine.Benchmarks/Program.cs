using BenchmarkDotNet.Running;
using RuleEngine.Benchmarks.Compilation;

namespace RuleEngine.Benchmarks;

internal static class Program
{
    public static void Main(string[] args)
    {
        if (args.Contains("--quick"))
        {
            QuickMode.Run(Console.Out);
            return;
        }

        if (args.Contains("--profile"))
        {
            ProfileMode.Run(args, Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
