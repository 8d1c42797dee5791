using System.Text;

namespace RuleEngine.AutoMode;

/// <summary>
/// Normalises Bash/PowerShell rule content for the dangerous-rule test (auto-mode.md §2.2): trim, lower-case,
/// drop quotes, collapse blanks and runs of <c>*</c>, and reduce the first word to its bare command name
/// (<c>/usr/bin/python3.12 *</c> → <c>python *</c>).
/// </summary>
internal static class ShellRuleNormalizer
{
    public static string Normalize(string content)
    {
        var sb = new StringBuilder(content.Length);
        bool pendingBlank = false;
        foreach (char raw in content)
        {
            if (raw is '"' or '\'')
            {
                continue;
            }

            if (raw is ' ' or '\t' or '\n' or '\r')
            {
                pendingBlank = sb.Length > 0;
                continue;
            }

            if (pendingBlank)
            {
                sb.Append(' ');
                pendingBlank = false;
            }

            sb.Append(char.ToLowerInvariant(raw));
        }

        string collapsed = CollapseStars(sb.ToString());
        return NormalizeFirstWord(collapsed);
    }

    /// <summary>True when the character at <paramref name="index"/> is an unescaped <c>*</c>.</summary>
    public static bool IsWildcardAt(string text, int index)
    {
        if (text[index] != '*')
        {
            return false;
        }

        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return (backslashes & 1) == 0;
    }

    /// <summary>Index of the first unescaped <c>*</c>, or -1.</summary>
    public static int FirstWildcard(string text)
    {
        for (int i = text.IndexOf('*'); i >= 0; i = text.IndexOf('*', i + 1))
        {
            if (IsWildcardAt(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    // "* *", "**", "* * *" → "*" (only unescaped stars).
    private static string CollapseStars(string text)
    {
        if (text.IndexOf('*') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWildcardAt(text, i))
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            sb.Append('*');
            int j = i + 1;
            while (true)
            {
                int k = j;
                while (k < text.Length && text[k] == ' ')
                {
                    k++;
                }

                if (k < text.Length && text[k] == '*')
                {
                    j = k + 1;
                    continue;
                }

                break;
            }

            i = j;
        }

        return sb.ToString();
    }

    private static string NormalizeFirstWord(string text)
    {
        int end = text.IndexOf(' ');
        if (end < 0)
        {
            end = text.Length;
        }

        string word = text[..end];
        string suffix = string.Empty;
        if (word.Length > 2 && word.EndsWith(":*", StringComparison.Ordinal))
        {
            suffix = ":*";
            word = word[..^2];
        }

        // A first word with a wildcard is a pattern over paths (`./scripts/*`): keep it as written.
        if (word.IndexOf('*') >= 0)
        {
            return text;
        }

        int slash = word.LastIndexOfAny(['/', '\\']);
        if (slash >= 0 && slash < word.Length - 1)
        {
            word = word[(slash + 1)..];
        }

        if (word.Length > 4 && word.EndsWith(".exe", StringComparison.Ordinal))
        {
            word = word[..^4];
        }

        word = StripVersion(word);
        return string.Concat(word, suffix, text.AsSpan(end));
    }

    // python3.12 → python, lua5.4 → lua; a word that is all digits stays.
    private static string StripVersion(string word)
    {
        int i = word.Length;
        bool digit = false;
        while (i > 0 && (char.IsAsciiDigit(word[i - 1]) || word[i - 1] == '.'))
        {
            digit |= char.IsAsciiDigit(word[i - 1]);
            i--;
        }

        if (!digit || i == 0 || !char.IsAsciiLetter(word[i - 1]))
        {
            return word;
        }

        return word[..i];
    }
}
