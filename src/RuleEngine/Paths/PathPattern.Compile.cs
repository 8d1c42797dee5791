using System.Text;

namespace RuleEngine.Paths;

/// <summary>Compilation of gitignore pattern text into segments, tokens and character classes.</summary>
internal sealed partial class PathPattern
{
    /// <summary>Compiles a gitignore pattern. <paramref name="forceUnanchored"/> turns <c>name</c> into "at any depth" even if it came from <c>name/**</c>.</summary>
    public static PathPattern Compile(string pattern, bool forceUnanchored = false)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        string p = TrimTrailingSpaces(pattern);
        if (p.Length == 0 || p[0] == '!' || p[0] == '#')
        {
            return Never(pattern);
        }

        bool directoryOnly = false;
        while (p.Length > 0 && p[^1] == '/' && !IsEscapedAt(p, p.Length - 1))
        {
            directoryOnly = true;
            p = p[..^1];
        }

        bool anchored = p.Contains('/');
        if (anchored && p[0] == '/')
        {
            p = p[1..];
        }

        List<string> raw = SplitSegments(p);
        if (raw.Count > 1 && raw[^1] == "**")
        {
            raw.RemoveAt(raw.Count - 1);
            directoryOnly = false;
        }

        if (forceUnanchored && raw.Count == 1)
        {
            anchored = false;
        }

        var segments = new PatternSegment[raw.Count];
        for (int i = 0; i < raw.Count; i++)
        {
            PatternSegment? seg = CompileSegment(raw[i]);
            if (seg is null)
            {
                return Never(pattern);
            }

            segments[i] = seg;
        }

        return new PathPattern(pattern, segments, anchored, directoryOnly, never: false);
    }

    private static string TrimTrailingSpaces(string p)
    {
        int end = p.Length;
        while (end > 0 && p[end - 1] == ' ' && !IsEscapedAt(p, end - 1))
        {
            end--;
        }

        return end == p.Length ? p : p[..end];
    }

    private static bool IsEscapedAt(string p, int index)
    {
        int count = 0;
        for (int i = index - 1; i >= 0 && p[i] == '\\'; i--)
        {
            count++;
        }

        return (count & 1) == 1;
    }

    private static List<string> SplitSegments(string p)
    {
        var list = new List<string>();
        int start = 0;
        for (int i = 0; i <= p.Length; i++)
        {
            if (i == p.Length || (p[i] == '/' && !IsEscapedAt(p, i)))
            {
                list.Add(p[start..i]);
                start = i + 1;
            }
        }

        return list;
    }

    // Null when the segment is invalid (dangling backslash) or can never match (empty).
    private static PatternSegment? CompileSegment(string s)
    {
        if (s == "**")
        {
            return PatternSegment.DoubleStar;
        }

        if (s.Length == 0)
        {
            return null;
        }

        var tokens = new List<PatternToken>(s.Length);
        var classes = new List<CharClass>();
        var literal = new StringBuilder(s.Length);
        bool isLiteral = true;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= s.Length)
                    {
                        return null;
                    }

                    i++;
                    AddLiteral(s[i]);
                    break;
                case '*':
                    isLiteral = false;
                    if (tokens.Count == 0 || tokens[^1].Kind != PatternTokenKind.Star)
                    {
                        tokens.Add(new PatternToken(PatternTokenKind.Star, '\0', 0));
                    }

                    break;
                case '?':
                    isLiteral = false;
                    tokens.Add(new PatternToken(PatternTokenKind.AnyChar, '\0', 0));
                    break;
                case '[':
                    if (TryParseClass(s, i, out CharClass? cls, out int end))
                    {
                        isLiteral = false;
                        tokens.Add(new PatternToken(PatternTokenKind.Class, '\0', classes.Count));
                        classes.Add(cls!);
                        i = end;
                    }
                    else
                    {
                        AddLiteral('[');
                    }

                    break;
                default:
                    AddLiteral(c);
                    break;
            }
        }

        return isLiteral ? PatternSegment.ForLiteral(literal.ToString()) : PatternSegment.ForGlob([.. tokens], [.. classes]);

        void AddLiteral(char ch)
        {
            literal.Append(ch);
            tokens.Add(new PatternToken(PatternTokenKind.Literal, char.ToLowerInvariant(ch), 0));
        }
    }

    // Parses [..] starting at s[open]; end is the index of the closing ']'.
    private static bool TryParseClass(string s, int open, out CharClass? cls, out int end)
    {
        cls = null;
        end = -1;
        int i = open + 1;
        bool negated = false;
        if (i < s.Length && s[i] is '!' or '^')
        {
            negated = true;
            i++;
        }

        var ranges = new List<char>();
        bool first = true;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == ']' && !first)
            {
                end = i;
                cls = new CharClass([.. ranges], negated);
                return true;
            }

            first = false;
            if (c == '\\')
            {
                if (i + 1 >= s.Length)
                {
                    return false;
                }

                c = s[++i];
            }

            char low = c;
            char high = c;
            if (i + 2 < s.Length && s[i + 1] == '-' && s[i + 2] != ']')
            {
                i += 2;
                high = s[i];
                if (high == '\\' && i + 1 < s.Length)
                {
                    high = s[++i];
                }
            }

            if (low <= high)
            {
                ranges.Add(low);
                ranges.Add(high);
            }

            i++;
        }

        return false;
    }
}
