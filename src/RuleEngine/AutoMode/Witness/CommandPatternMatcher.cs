using System.Text;

namespace RuleEngine.AutoMode.Witness;

/// <summary>
/// Matches one Bash allow-rule specifier against one simple command, following bash.md §2–§3 (prefix
/// <c>P:*</c>, wildcard with the optional <c>" *"</c> tail, exact). Used only to check that a witness
/// command is accepted by a rule's pattern; the decision engine has its own compiled matchers.
/// </summary>
internal static class CommandPatternMatcher
{
    public static bool Matches(string specifier, string command)
    {
        string pattern = specifier.Trim();
        string candidate = CollapseBlanks(command.Trim());
        if (pattern.Length > 2 && pattern.EndsWith(":*", StringComparison.Ordinal))
        {
            string prefix = CollapseBlanks(pattern[..^2]);
            return candidate == prefix || candidate.StartsWith(prefix + " ", StringComparison.Ordinal);
        }

        List<Token> tokens = Tokenize(CollapseBlanks(pattern), out int stars);
        if (stars == 0)
        {
            return command == specifier;
        }

        // Optional tail: `ls *` also matches `ls`.
        if (stars == 1 && tokens.Count >= 2 && tokens[^1].IsStar && tokens[^2].Literal.EndsWith(' '))
        {
            string head = tokens[^2].Literal;
            if (tokens.Count == 2 && candidate == head[..^1])
            {
                return true;
            }
        }

        return Glob(tokens, candidate);
    }

    // Greedy two-pointer wildcard match over characters: O(pattern × candidate), no backtracking blow-up.
    private static bool Glob(List<Token> tokens, string s)
    {
        var chars = new List<char>();
        var star = new List<bool>();
        foreach (Token token in tokens)
        {
            if (token.IsStar)
            {
                chars.Add('*');
                star.Add(true);
                continue;
            }

            foreach (char c in token.Literal)
            {
                chars.Add(c);
                star.Add(false);
            }
        }

        int p = 0, i = 0, lastStar = -1, resume = 0;
        while (i < s.Length)
        {
            if (p < chars.Count && !star[p] && chars[p] == s[i])
            {
                p++;
                i++;
            }
            else if (p < chars.Count && star[p])
            {
                lastStar = p++;
                resume = i;
            }
            else if (lastStar >= 0)
            {
                p = lastStar + 1;
                i = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < chars.Count && star[p])
        {
            p++;
        }

        return p == chars.Count;
    }

    private static List<Token> Tokenize(string pattern, out int stars)
    {
        var tokens = new List<Token>();
        var literal = new StringBuilder();
        stars = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] is '*' or '\\')
            {
                literal.Append(pattern[i + 1]);
                i++;
                continue;
            }

            if (c == '*')
            {
                if (literal.Length > 0)
                {
                    tokens.Add(new Token(literal.ToString(), false));
                    literal.Clear();
                }

                tokens.Add(new Token(string.Empty, true));
                stars++;
                continue;
            }

            literal.Append(c);
        }

        if (literal.Length > 0)
        {
            tokens.Add(new Token(literal.ToString(), false));
        }

        return tokens;
    }

    private static string CollapseBlanks(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool blank = false;
        foreach (char c in text)
        {
            if (c is ' ' or '\t')
            {
                blank = true;
                continue;
            }

            if (blank && sb.Length > 0)
            {
                sb.Append(' ');
            }

            blank = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    private readonly record struct Token(string Literal, bool IsStar);
}
