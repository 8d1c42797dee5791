namespace RuleEngine.Paths;

/// <summary>
/// One <c>/</c>-separated part of a compiled path pattern: <c>**</c>, a literal name such as <c>.env</c>
/// (stored lower-case), or a glob such as <c>*.ts</c> (tokens).
/// </summary>
internal sealed class PatternSegment
{
    private readonly PatternToken[] _tokens;
    private readonly CharClass[] _classes;

    private PatternSegment(bool isDoubleStar, string? literal, PatternToken[] tokens, CharClass[] classes)
    {
        IsDoubleStar = isDoubleStar;
        Literal = literal;
        _tokens = tokens;
        _classes = classes;
        ExtensionKey = literal is null && !isDoubleStar ? ComputeExtensionKey(tokens) : null;
    }

    /// <summary>The <c>**</c> segment shared by all patterns.</summary>
    public static PatternSegment DoubleStar { get; } = new(true, null, [], []);

    public bool IsDoubleStar { get; }

    /// <summary>The unescaped literal when the segment has no wildcard, else null.</summary>
    public string? Literal { get; }

    /// <summary>
    /// For a glob whose trailing literal run contains a dot (<c>*.ts</c>, <c>a*b.test.js</c>), the text after
    /// that last dot, lower-cased with <see cref="char.ToLowerInvariant(char)"/> (<c>ts</c>, <c>js</c>); else null.
    /// Every segment the glob matches has exactly this text, lower-cased the same way, after its own last dot.
    /// </summary>
    public string? ExtensionKey { get; }

    public static PatternSegment ForLiteral(string literal) => new(false, literal, [], []);

    public static PatternSegment ForGlob(PatternToken[] tokens, CharClass[] classes) => new(false, null, tokens, classes);

    /// <summary>True when the whole path segment <paramref name="s"/> matches (case-insensitive).</summary>
    public bool Matches(ReadOnlySpan<char> s)
    {
        if (IsDoubleStar)
        {
            return true;
        }

        if (Literal is not null)
        {
            return s.Equals(Literal, StringComparison.OrdinalIgnoreCase);
        }

        PatternToken[] tokens = _tokens;
        int p = 0;
        int t = 0;
        int starP = -1;
        int starT = 0;
        while (t < s.Length)
        {
            if (p < tokens.Length && tokens[p].Kind == PatternTokenKind.Star)
            {
                starP = p++;
                starT = t;
                continue;
            }

            if (p < tokens.Length && TokenMatches(tokens[p], s[t]))
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

        while (p < tokens.Length && tokens[p].Kind == PatternTokenKind.Star)
        {
            p++;
        }

        return p == tokens.Length;
    }

    // The trailing literal tokens fix the end of every matching segment; the last dot among them is the segment's last dot.
    private static string? ComputeExtensionKey(PatternToken[] tokens)
    {
        int end = tokens.Length;
        int start = end;
        while (start > 0 && tokens[start - 1].Kind == PatternTokenKind.Literal)
        {
            start--;
        }

        for (int i = end - 1; i >= start; i--)
        {
            if (tokens[i].Char == '.')
            {
                return string.Create(end - i - 1, (tokens, i + 1), static (span, state) =>
                {
                    for (int j = 0; j < span.Length; j++)
                    {
                        span[j] = char.ToLowerInvariant(state.tokens[state.Item2 + j].Char);
                    }
                });
            }
        }

        return null;
    }

    private bool TokenMatches(PatternToken token, char c) => token.Kind switch
    {
        PatternTokenKind.Literal => token.Char == c || token.Char == char.ToLowerInvariant(c),
        PatternTokenKind.AnyChar => true,
        PatternTokenKind.Class => _classes[token.ClassIndex].Matches(c),
        _ => false,
    };
}
