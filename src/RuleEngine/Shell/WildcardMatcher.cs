namespace RuleEngine.Shell;

/// <summary>
/// The anchored wildcard of bash.md §3.3 as a tiny NFA simulated state-set style: O(text × pattern), no
/// backtracking, no allocation for patterns under 256 tokens. <c>*</c> matches anything including
/// newlines; <c>/**/</c> matches <c>/</c> or <c>/any/depth/</c>; a single trailing <c>" *"</c> is optional.
/// </summary>
internal sealed class WildcardMatcher
{
    private readonly char[] _chars;
    private readonly bool[] _star;
    private readonly int[] _skip;
    private readonly int _literalPrefix;
    private readonly bool _hasSlashGlobStar;

    private WildcardMatcher(char[] chars, bool[] star, int[] skip, int starCount, int firstStar)
    {
        _chars = chars;
        _star = star;
        _skip = skip;
        StarCount = starCount;
        FirstStar = firstStar;
        int prefix = 0;
        while (prefix < chars.Length && !star[prefix] && skip[prefix] < 0)
        {
            prefix++;
        }

        _literalPrefix = prefix;
        for (int i = 0; i < chars.Length; i++)
        {
            _hasSlashGlobStar |= skip[i] >= 0 && skip[i] != chars.Length;
        }
    }

    /// <summary>Number of unescaped stars.</summary>
    public int StarCount { get; }

    /// <summary>Token index (= candidate offset of the literal text before it) of the first star, or -1.</summary>
    public int FirstStar { get; }

    /// <summary>Whether the pattern ends with an unescaped star.</summary>
    public bool EndsWithStar => _star.Length > 0 && _star[^1];

    /// <summary>The literal text before the first star.</summary>
    public ReadOnlySpan<char> LiteralPrefix => _chars.AsSpan(0, FirstStar < 0 ? _chars.Length : FirstStar);

    /// <summary>Compiles a trimmed, blank-collapsed pattern: <c>\*</c> → literal star, <c>\\</c> → backslash.</summary>
    public static WildcardMatcher Compile(ReadOnlySpan<char> pattern)
    {
        var chars = new List<char>(pattern.Length);
        var star = new List<bool>(pattern.Length);
        int starCount = 0;
        int firstStar = -1;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] is '*' or '\\')
            {
                chars.Add(pattern[++i]);
                star.Add(false);
            }
            else if (c == '*')
            {
                firstStar = firstStar < 0 ? chars.Count : firstStar;
                chars.Add('*');
                star.Add(true);
                starCount++;
            }
            else
            {
                chars.Add(c);
                star.Add(false);
            }
        }

        int[] skip = new int[chars.Count + 1];
        Array.Fill(skip, -1);
        for (int i = 0; i + 3 < chars.Count; i++)
        {
            if (!star[i] && chars[i] == '/' && star[i + 1] && star[i + 2] && !star[i + 3] && chars[i + 3] == '/')
            {
                skip[i] = i + 3; // "/**/" may match a single "/": jump from before the first "/" to before the second
            }
        }

        if (starCount == 1 && chars.Count >= 2 && star[^1] && !star[^2] && chars[^2] == ' ')
        {
            skip[chars.Count - 2] = chars.Count; // optional " *" tail
        }

        return new WildcardMatcher(chars.ToArray(), star.ToArray(), skip, starCount, firstStar);
    }

    /// <summary>Whether the whole <paramref name="text"/> matches.</summary>
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (StarCount == 1 && !_hasSlashGlobStar)
        {
            // One star: literal prefix, anything, literal suffix (the common `cmd sub *` shape).
            ReadOnlySpan<char> head = _chars.AsSpan(0, FirstStar);
            ReadOnlySpan<char> tail = _chars.AsSpan(FirstStar + 1);
            if (text.Length >= head.Length + tail.Length && text.StartsWith(head) && text.EndsWith(tail))
            {
                return true;
            }

            // Optional " *" tail: `ls *` also matches `ls`.
            return _chars.Length >= 2 && _skip[_chars.Length - 2] == _chars.Length && text.SequenceEqual(head[..^1]);
        }

        int k = _chars.Length;
        int prefix = Math.Min(_literalPrefix, k);
        if (text.Length < prefix || !text[..prefix].SequenceEqual(_chars.AsSpan(0, prefix)))
        {
            return false;
        }

        int words = (k + 1 + 63) >> 6;
        Span<ulong> current = words <= 4 ? stackalloc ulong[words] : new ulong[words];
        Span<ulong> next = words <= 4 ? stackalloc ulong[words] : new ulong[words];
        current.Clear();
        Set(current, prefix);
        Close(current);
        for (int t = prefix; t < text.Length; t++)
        {
            char ch = text[t];
            next.Clear();
            bool any = false;
            for (int w = 0; w < words; w++)
            {
                ulong bits = current[w];
                while (bits != 0)
                {
                    int i = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    if (i >= k)
                    {
                        continue;
                    }

                    if (_star[i])
                    {
                        Set(next, i);
                        any = true;
                    }
                    else if (_chars[i] == ch)
                    {
                        Set(next, i + 1);
                        any = true;
                    }
                }
            }

            if (!any)
            {
                return false;
            }

            Close(next);
            Span<ulong> swap = current;
            current = next;
            next = swap;
        }

        return (current[k >> 6] & (1UL << (k & 63))) != 0;
    }

    private static void Set(Span<ulong> set, int i) => set[i >> 6] |= 1UL << (i & 63);

    private static bool Get(Span<ulong> set, int i) => (set[i >> 6] & (1UL << (i & 63))) != 0;

    private void Close(Span<ulong> set)
    {
        int k = _chars.Length;
        for (int i = 0; i <= k; i++)
        {
            if (!Get(set, i))
            {
                continue;
            }

            if (i < k && _star[i])
            {
                Set(set, i + 1);
            }

            if (_skip[i] >= 0)
            {
                Set(set, _skip[i]);
            }
        }
    }
}
