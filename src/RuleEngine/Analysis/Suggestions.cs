namespace RuleEngine.Analysis;

/// <summary>"Did you mean" suggestions by edit distance (case-insensitive Damerau–Levenshtein, optimal string alignment).</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="input"/>, or null when none is close enough.</summary>
    public static string? Nearest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int limit = Math.Max(1, Math.Min(3, input.Length / 3 + 1));
        foreach (string candidate in candidates)
        {
            if (string.Equals(candidate, input, StringComparison.Ordinal))
            {
                continue;
            }

            int d = Distance(input.Trim(), candidate);
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                bestDistance = d;
                best = candidate;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>Case-insensitive optimal-string-alignment distance.</summary>
    public static int Distance(string a, string b)
    {
        int n = a.Length, m = b.Length;
        var d = new int[n + 1, m + 1];
        for (int i = 0; i <= n; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= m; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                int cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                int v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                }

                d[i, j] = v;
            }
        }

        return d[n, m];
    }
}
