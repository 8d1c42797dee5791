namespace RuleEngine.Tests.Paths;

/// <summary>
/// A deliberately slow, recursive reference for <see cref="RuleEngine.Paths.PathPattern"/>: the gitignore
/// semantics of paths.md §3 written directly over strings (no escapes, spaces, <c>!</c> or <c>#</c>; the
/// generators never produce those).
/// </summary>
internal static class ReferencePathMatcher
{
    public static bool IsMatch(string pattern, string path, bool isDirectory)
    {
        bool dirOnly = pattern.EndsWith('/');
        string p = pattern.TrimEnd('/');
        bool anchored = p.Contains('/');
        if (anchored && p.StartsWith('/'))
        {
            p = p[1..];
        }

        var segs = p.Split('/').ToList();
        if (segs.Count > 1 && segs[^1] == "**")
        {
            segs.RemoveAt(segs.Count - 1);
            dirOnly = false;
        }

        string[] parts = path.Split('/');
        int n = parts.Length;
        if (!anchored)
        {
            return Enumerable.Range(0, n).Any(i => (!dirOnly || i < n - 1 || isDirectory) && Segment(segs[0], parts[i]));
        }

        return Enumerable.Range(1, n).Any(k => (!dirOnly || k < n || isDirectory) && Sequence(segs, 0, parts.Take(k).ToArray(), 0));
    }

    private static bool Sequence(List<string> segs, int i, string[] parts, int j)
    {
        if (i == segs.Count)
        {
            return j == parts.Length;
        }

        if (segs[i] == "**")
        {
            return Sequence(segs, i + 1, parts, j) || (j < parts.Length && Sequence(segs, i, parts, j + 1));
        }

        return j < parts.Length && Segment(segs[i], parts[j]) && Sequence(segs, i + 1, parts, j + 1);
    }

    private static bool Segment(string glob, string name) => Chars(glob, 0, name, 0);

    private static bool Chars(string g, int i, string s, int j)
    {
        if (i == g.Length)
        {
            return j == s.Length;
        }

        switch (g[i])
        {
            case '*':
                for (int k = j; k <= s.Length; k++)
                {
                    if (Chars(g, i + 1, s, k))
                    {
                        return true;
                    }
                }

                return false;
            case '?':
                return j < s.Length && Chars(g, i + 1, s, j + 1);
            case '[':
                int close = g.IndexOf(']', i + 2);
                string body = g[(i + 1)..close];
                bool negate = body.StartsWith('!');
                string members = negate ? body[1..] : body;
                return j < s.Length
                    && members.Contains(char.ToLowerInvariant(s[j])) != negate
                    && Chars(g, close + 1, s, j + 1);
            default:
                return j < s.Length && char.ToLowerInvariant(g[i]) == char.ToLowerInvariant(s[j]) && Chars(g, i + 1, s, j + 1);
        }
    }
}
