using RuleEngine.Shell;

namespace RuleEngine.Evaluation;

/// <summary>
/// Per-thread reuse of <see cref="ShellAnalyzer"/>s (each owns pooled buffers and is not thread-safe). A
/// small stack, so nested analysis (a <c>sh -c</c> script inside the command being checked) rents a second
/// analyser while the first is still in use; the home directory is set on each rent.
/// </summary>
internal static class ShellAnalyzerPool
{
    private const int Depth = 4;

    [ThreadStatic]
    private static ShellAnalyzer?[]? t_free;

    [ThreadStatic]
    private static int t_count;

    public static ShellAnalyzer Rent(string home)
    {
        ShellAnalyzer analyzer;
        if (t_count > 0)
        {
            analyzer = t_free![--t_count]!;
            t_free[t_count] = null;
        }
        else
        {
            analyzer = new ShellAnalyzer();
        }

        analyzer.HomeDirectory = home;
        return analyzer;
    }

    public static void Return(ShellAnalyzer analyzer)
    {
        ShellAnalyzer?[] free = t_free ??= new ShellAnalyzer?[Depth];
        if (t_count < Depth)
        {
            free[t_count++] = analyzer;
        }
    }
}
