namespace RuleEngine.Shell;

/// <summary>
/// Splits a PowerShell command on <c>|</c>, <c>;</c>, <c>&amp;&amp;</c>, <c>||</c>, a background <c>&amp;</c>
/// and newlines outside quotes, braces and parentheses (bash.md §15). Backtick escapes, <c>'…'</c> (with
/// <c>''</c>), <c>"…"</c>, <c>#</c> and <c>&lt;# … #&gt;</c> comments are honoured. Unterminated quotes,
/// blocks or comments fail closed (returns false).
/// </summary>
internal static class PowerShellSplitter
{
    /// <summary>Splits <paramref name="command"/>; on failure <paramref name="error"/> says why.</summary>
    public static bool TrySplit(string command, List<PowerShellSubcommand> output, out string? error)
    {
        output.Clear();
        error = null;
        if (command.Contains('\0'))
        {
            error = "command contains a NUL character";
            return false;
        }

        var current = new System.Text.StringBuilder();
        int depth = 0;
        bool nested = false;
        int i = 0;
        while (i < command.Length)
        {
            char c = command[i];
            if (c == '`' && i + 1 < command.Length)
            {
                current.Append(c).Append(command[i + 1]);
                i += 2;
                continue;
            }

            if (c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D')
            {
                int close = FindQuoteEnd(command, i);
                if (close < 0)
                {
                    error = "unterminated string";
                    return false;
                }

                if (c is '"' or '\u201C' or '\u201D' && command.AsSpan(i, close - i).Contains("$(", StringComparison.Ordinal))
                {
                    nested = true;
                }

                current.Append(command, i, close - i + 1);
                i = close + 1;
                continue;
            }

            if (c == '<' && i + 1 < command.Length && command[i + 1] == '#')
            {
                int close = command.IndexOf("#>", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    error = "unterminated block comment";
                    return false;
                }

                i = close + 2;
                continue;
            }

            if (c == '#' && (current.Length == 0 || char.IsWhiteSpace(current[^1])))
            {
                while (i < command.Length && command[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            if (c is '{' or '(')
            {
                depth++;
                nested = true;
            }
            else if (c is '}' or ')')
            {
                if (--depth < 0)
                {
                    error = $"unbalanced `{c}`";
                    return false;
                }
            }
            else if (depth == 0)
            {
                int separator = SeparatorLength(command, i, current);
                if (separator > 0)
                {
                    Flush(output, current, ref nested);
                    i += separator;
                    continue;
                }

                if (c == '&' && IsBlankOrEmpty(current))
                {
                    nested = true; // call operator: runs whatever the next word names
                }
            }

            current.Append(c);
            i++;
        }

        if (depth != 0)
        {
            error = "unterminated block";
            return false;
        }

        Flush(output, current, ref nested);
        return true;
    }

    private static int SeparatorLength(string s, int i, System.Text.StringBuilder current)
    {
        char c = s[i];
        char next = i + 1 < s.Length ? s[i + 1] : '\0';
        if ((c == '&' && next == '&') || (c == '|' && next == '|'))
        {
            return 2;
        }

        if (c is ';' or '|' or '\n' or '\r')
        {
            return 1;
        }

        // A trailing '&' after a pipeline starts a background job (PowerShell 6+); elsewhere '&' is the call operator.
        return c == '&' && !IsBlankOrEmpty(current) && !(i > 0 && s[i - 1] is '>' or '2' or '*' && next is '1' or '2') ? 1 : 0;
    }

    private static bool IsBlankOrEmpty(System.Text.StringBuilder builder)
    {
        for (int i = 0; i < builder.Length; i++)
        {
            if (!char.IsWhiteSpace(builder[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int FindQuoteEnd(string s, int open)
    {
        bool single = s[open] is '\'' or '\u2018' or '\u2019';
        for (int i = open + 1; i < s.Length; i++)
        {
            char c = s[i];
            if (!single && c == '`')
            {
                i++;
                continue;
            }

            bool closes = single ? c is '\'' or '\u2018' or '\u2019' : c is '"' or '\u201C' or '\u201D';
            if (closes)
            {
                if (i + 1 < s.Length && s[i + 1] == c)
                {
                    i++; // doubled quote is an escaped quote
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    private static void Flush(List<PowerShellSubcommand> output, System.Text.StringBuilder current, ref bool nested)
    {
        string text = current.ToString().Trim();
        current.Clear();
        if (text.Length > 0)
        {
            output.Add(new PowerShellSubcommand(text, PowerShellAliases.CanonicalizeFirstWord(text), nested));
        }

        nested = false;
    }
}
