namespace RuleEngine.AutoMode;

/// <summary>Classifies single words of a normalised (lower-case) shell rule pattern (auto-mode.md §2.2 rule 3).</summary>
internal static class ShellWords
{
    /// <summary><c>-x</c>, <c>--long</c>, <c>-</c>.</summary>
    public static bool IsOption(ReadOnlySpan<char> word) => word.Length > 0 && word[0] == '-';

    /// <summary><c>-c</c> and short clusters ending in it (<c>-lc</c>, <c>-ec</c>), and cmd's <c>/c</c>.</summary>
    public static bool IsInlineScriptFlag(ReadOnlySpan<char> word)
    {
        if (word.SequenceEqual("/c"))
        {
            return true;
        }

        if (word.Length < 2 || word[0] != '-' || word[^1] != 'c' || word.Length > 5)
        {
            return false;
        }

        foreach (char c in word[1..])
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>NAME=value</c>.</summary>
    public static bool IsAssignment(ReadOnlySpan<char> word)
    {
        int eq = word.IndexOf('=');
        if (eq <= 0)
        {
            return false;
        }

        if (!(char.IsAsciiLetter(word[0]) || word[0] == '_'))
        {
            return false;
        }

        foreach (char c in word[1..eq])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>5</c>, <c>0.5</c>, <c>10s</c>, <c>2m</c>, <c>1h</c>, <c>1d</c>, <c>100ms</c>.</summary>
    public static bool IsDuration(ReadOnlySpan<char> word)
    {
        int i = 0;
        bool digits = false;
        while (i < word.Length && (char.IsAsciiDigit(word[i]) || word[i] == '.'))
        {
            digits |= char.IsAsciiDigit(word[i]);
            i++;
        }

        if (!digits)
        {
            return false;
        }

        ReadOnlySpan<char> unit = word[i..];
        return unit.Length == 0 || unit.SequenceEqual("s") || unit.SequenceEqual("m") || unit.SequenceEqual("h")
            || unit.SequenceEqual("d") || unit.SequenceEqual("ms");
    }

    /// <summary>A word made only of shell punctuation: <c>&amp;&amp;</c>, <c>|</c>, <c>;</c>, <c>(</c>, <c>.</c>, <c>!</c>.</summary>
    public static bool IsPunctuation(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (c is not ('&' or '|' or ';' or '(' or ')' or '{' or '}' or '[' or ']' or '!' or '.' or '<' or '>' or ',' or ':' or '@'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>/…</c>, <c>~…</c>, <c>\…</c>, <c>X:</c>, or anything containing <c>..</c>.</summary>
    public static bool IsPath(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        if (word[0] is '/' or '~' or '\\')
        {
            return true;
        }

        if (word.Length >= 2 && char.IsAsciiLetter(word[0]) && word[1] == ':')
        {
            return true;
        }

        return word.IndexOf("..") >= 0;
    }

    /// <summary><c>a.b</c>, <c>pkg.sub.mod</c>: dotted Python identifiers, at least one dot.</summary>
    public static bool IsDottedModule(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0)
        {
            return false;
        }

        bool atStart = true;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (atStart)
                {
                    return false;
                }

                atStart = true;
                continue;
            }

            if (atStart ? !(char.IsAsciiLetter(c) || c == '_') : !(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }

            atStart = false;
        }

        return !atStart;
    }
}
