namespace RuleEngine.Shell;

/// <summary>bash.md §4.9: a candidate that still contains a command separator outside quotes and substitutions never matches prefix/wildcard rules.</summary>
internal static class CompoundGuard
{
    /// <summary>Whether <paramref name="text"/> contains <c>;</c>, <c>&amp;</c>, <c>|</c> or a newline outside quotes, escapes and <c>$( )</c>/backticks.</summary>
    public static bool StillSplits(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(";&|\n") < 0)
        {
            return false;
        }

        bool single = false;
        bool dbl = false;
        bool backtick = false;
        int parens = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (single)
            {
                single = c != '\'';
                continue;
            }

            switch (c)
            {
                case '\\':
                    i++;
                    break;
                case '\'' when !dbl:
                    single = true;
                    break;
                case '"':
                    dbl = !dbl;
                    break;
                case '`':
                    backtick = !backtick;
                    break;
                case '(' when i > 0 && (text[i - 1] == '$' || text[i - 1] == '<' || text[i - 1] == '>' || parens > 0):
                    parens++;
                    break;
                case ')' when parens > 0:
                    parens--;
                    break;
                case ';' or '&' or '|' or '\n' when !dbl && !backtick && parens == 0:
                    return true;
            }
        }

        return false;
    }
}
