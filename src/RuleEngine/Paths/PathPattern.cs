using System.Buffers;

namespace RuleEngine.Paths;

/// <summary>
/// A compiled gitignore-style pattern (paths.md §3), evaluated against a path relative to its anchor
/// directory, e.g. <c>src/**/*.ts</c> or <c>.env</c>. Matching is case-insensitive, never allocates, and
/// follows gitignore's rule that a matched directory covers everything below it: the path matches when
/// any of its leading segment runs matches.
/// </summary>
/// <remarks>
/// Semantics: a pattern without a <c>/</c> (other than a trailing one) matches a name at any depth; any
/// other pattern is anchored; a trailing <c>/</c> restricts the final match to directories; a leading
/// <c>!</c> or <c>#</c>, an empty pattern and a dangling <c>\</c> match nothing; a trailing <c>/**</c>
/// is dropped (<c>src/**</c> also matches the directory <c>src</c> itself, paths.md §3).
/// </remarks>
internal sealed partial class PathPattern
{
    private const int StackSegments = 128;

    // Invariant: when _never is false, _segments is non-empty; when _anchored is false it has exactly one element.
    private readonly PatternSegment[] _segments;
    private readonly bool _anchored;
    private readonly bool _directoryOnly;
    private readonly bool _never;
    private readonly bool _hasDoubleStar;
    private readonly int _minSegments;

    // For anchored patterns of literal segments, optionally with one trailing ** (src/a, src/**): the literals; else null.
    private readonly string[]? _literalPrefix;

    private PathPattern(string text, PatternSegment[] segments, bool anchored, bool directoryOnly, bool never)
    {
        Text = text;
        _segments = segments;
        _anchored = anchored;
        _directoryOnly = directoryOnly;
        _never = never || segments.Length == 0;
        foreach (PatternSegment s in segments)
        {
            if (s.IsDoubleStar)
            {
                _hasDoubleStar = true;
            }
            else
            {
                _minSegments++;
            }
        }

        PatternSegment[] literals = segments.Length > 0 && segments[^1].IsDoubleStar ? segments[..^1] : segments;
        if (anchored && !_never && literals.Length > 0 && literals.All(s => !s.IsDoubleStar && s.Literal is not null))
        {
            _literalPrefix = [.. literals.Select(s => s.Literal!)];
        }
    }

    /// <summary>The pattern text as compiled (after anchor removal).</summary>
    public string Text { get; }

    /// <summary>True when the pattern can never match (negation, comment, empty, invalid).</summary>
    public bool MatchesNothing => _never;

    /// <summary>True when the pattern ends in <c>/</c> and so needs to know whether the final path component is a directory.</summary>
    public bool IsDirectoryOnly => _directoryOnly && !_never;

    /// <summary>
    /// The longest literal segment of the pattern (e.g. <c>secrets</c> for <c>**/secrets/*.pem</c>), or null.
    /// Every path the pattern matches has this name as one of its segments (case-insensitively), which
    /// lets a rule set skip the pattern for paths without it.
    /// </summary>
    public string? RequiredSegment
    {
        get
        {
            string? best = null;
            foreach (PatternSegment s in _segments)
            {
                if (s.Literal is { } lit && (best is null || lit.Length > best.Length))
                {
                    best = lit;
                }
            }

            return best;
        }
    }

    /// <summary>
    /// The keys a rule set may file the pattern under: every distinct literal segment (<c>IsExtension</c>
    /// false; every matching path has a segment equal to it, case-insensitively) and every extension key of a
    /// glob segment (<c>IsExtension</c> true; every matching path has a segment whose text after its last dot,
    /// lower-cased invariantly, equals it). Empty for patterns such as <c>**</c> or <c>*</c>.
    /// </summary>
    public IEnumerable<(string Key, bool IsExtension)> IndexKeys
    {
        get
        {
            if (_never)
            {
                yield break;
            }

            foreach (PatternSegment s in _segments)
            {
                if (s.Literal is { } lit)
                {
                    yield return (lit, false);
                }
                else if (s.ExtensionKey is { } ext)
                {
                    yield return (ext, true);
                }
            }
        }
    }

    /// <summary>True when the pattern is anchored to its directory (it contained a <c>/</c>).</summary>
    public bool IsAnchored => _anchored;

    /// <summary>A pattern that matches nothing.</summary>
    public static PathPattern Never(string text) => new(text, [], anchored: true, directoryOnly: false, never: true);

    /// <summary>
    /// True when <paramref name="relativePath"/> (segments separated by <c>/</c>, no leading slash, already
    /// normalised) or one of its parent directories matches. <paramref name="isDirectory"/> tells whether the
    /// full path is a directory, for patterns with a trailing <c>/</c>.
    /// </summary>
    public bool IsMatch(ReadOnlySpan<char> relativePath, bool isDirectory = false)
    {
        if (_never || relativePath.IsEmpty)
        {
            return false;
        }

        if (!_anchored)
        {
            return MatchAnyDepth(relativePath, isDirectory);
        }

        return _literalPrefix is { } literals ? MatchLiteralPrefix(literals, relativePath, isDirectory) : MatchAnchored(relativePath, isDirectory);
    }

    /// <summary><see cref="IsMatch"/> without the literal-prefix shortcut (tests compare the two).</summary>
    internal bool IsMatchGeneral(ReadOnlySpan<char> relativePath, bool isDirectory = false) =>
        !_never && !relativePath.IsEmpty && (_anchored ? MatchAnchored(relativePath, isDirectory) : MatchAnyDepth(relativePath, isDirectory));

    // [L1..Lm] or [L1..Lm, **] (m >= 1): FullMatch of the first k segments holds exactly when the first m
    // segments are L1..Lm (case-insensitive) and k = m (without **) or k >= m (with **); that k = m <= n has an
    // allowed length unless the pattern is directory-only, the path has exactly m segments and is not a directory.
    private bool MatchLiteralPrefix(string[] literals, ReadOnlySpan<char> path, bool isDirectory)
    {
        int start = 0;
        foreach (string literal in literals)
        {
            // The segment at start is the literal (which has no '/') when the literal is followed by '/' or the end.
            int end = start + literal.Length;
            if (end > path.Length || (end < path.Length && path[end] != '/')
                || !path[start..end].Equals(literal, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            start = end + 1;
        }

        return !_directoryOnly || start <= path.Length || isDirectory;
    }

    private bool MatchAnchored(ReadOnlySpan<char> relativePath, bool isDirectory)
    {
        int count = relativePath.Count('/') + 1;
        int[]? rented = null;
        Span<int> starts = count <= StackSegments ? stackalloc int[count + 1] : (rented = ArrayPool<int>.Shared.Rent(count + 1));
        try
        {
            int n = 0;
            starts[n++] = 0;
            for (int i = 0; i < relativePath.Length; i++)
            {
                if (relativePath[i] == '/')
                {
                    starts[n++] = i + 1;
                }
            }

            starts[n] = relativePath.Length + 1;
            if (!_hasDoubleStar)
            {
                return _minSegments <= n && AllowedLength(_minSegments, n, isDirectory) && FullMatch(relativePath, starts, _minSegments);
            }

            for (int k = Math.Max(1, _minSegments); k <= n; k++)
            {
                if (AllowedLength(k, n, isDirectory) && FullMatch(relativePath, starts, k))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private bool AllowedLength(int k, int n, bool isDirectory) => !_directoryOnly || k < n || isDirectory;

    private bool MatchAnyDepth(ReadOnlySpan<char> path, bool isDirectory)
    {
        PatternSegment seg = _segments[0];
        int start = 0;
        for (int i = 0; i <= path.Length; i++)
        {
            if (i == path.Length || path[i] == '/')
            {
                bool last = i == path.Length;
                if ((!_directoryOnly || !last || isDirectory) && seg.Matches(path[start..i]))
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }

    // Matches all pattern segments against the first k path segments; ** is the "any run" wildcard.
    private bool FullMatch(ReadOnlySpan<char> path, ReadOnlySpan<int> starts, int k)
    {
        PatternSegment[] segs = _segments;
        int p = 0;
        int t = 0;
        int starP = -1;
        int starT = 0;
        while (t < k)
        {
            if (p < segs.Length && segs[p].IsDoubleStar)
            {
                starP = p++;
                starT = t;
                continue;
            }

            if (p < segs.Length && segs[p].Matches(path[starts[t]..(starts[t + 1] - 1)]))
            {
                p++;
                t++;
                continue;
            }

            if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
                continue;
            }

            return false;
        }

        while (p < segs.Length && segs[p].IsDoubleStar)
        {
            p++;
        }

        return p == segs.Length;
    }
}
