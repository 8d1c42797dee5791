using RuleEngine.Shell;

namespace RuleEngine.Evaluation;

/// <summary>
/// Per-thread reuse of <see cref="ShellAnalyzer"/>s, keyed by home directory (each analyzer owns pooled
/// buffers and is not thread-safe). Nested analysis (a <c>sh -c</c> script) rents a second analyzer
/// while the first is still in use.
/// </summary>
internal static class ShellAnalyzerPool
{
    [ThreadStatic]
    private static Dictionary<string, Stack<ShellAnalyzer>>? t_free;

    public static ShellAnalyzer Rent(string home)
    {
        if (t_free is not null && t_free.TryGetValue(home, out Stack<ShellAnalyzer>? stack) && stack.Count > 0)
        {
            return stack.Pop();
        }

        return new ShellAnalyzer(home);
    }

    public static void Return(string home, ShellAnalyzer analyzer)
    {
        Dictionary<string, Stack<ShellAnalyzer>> free = t_free ??= new Dictionary<string, Stack<ShellAnalyzer>>(StringComparer.Ordinal);
        if (!free.TryGetValue(home, out Stack<ShellAnalyzer>? stack))
        {
            if (free.Count >= 4)
            {
                return;
            }

            free[home] = stack = new Stack<ShellAnalyzer>(2);
        }

        if (stack.Count < 4)
        {
            stack.Push(analyzer);
        }
    }
}
