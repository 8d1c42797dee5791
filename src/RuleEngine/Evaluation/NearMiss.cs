namespace RuleEngine.Evaluation;

/// <summary>Describes why a rule's pattern did not match a text: where the rule's literal text and the text part ways.</summary>
internal static class NearMiss
{
    /// <summary>
    /// Compares the literal part of <paramref name="pattern"/> (before the first unescaped <c>*</c>, or the prefix of a
    /// <c>:*</c> rule) with <paramref name="text"/> and returns a one-line explanation.
    /// </summary>
    public static string Describe(string pattern, string text)
    {
        string p = pattern.Trim();
        bool prefixRule = p.EndsWith(":*", StringComparison.Ordinal) && p.Length > 2;
        string literal = prefixRule ? p[..^2] : p;
        int star = IndexOfUnescapedStar(literal);
        bool wildcard = star >= 0;
        if (wildcard)
        {
            literal = literal[..star];
        }

        int common = 0;
        while (common < literal.Length && common < text.Length && literal[common] == text[common])
        {
            common++;
        }

        if (common < literal.Length)
        {
            string expected = Show(literal, common);
            string actual = common < text.Length ? Show(text, common) : "the end of the command";
            return $"differs at character {common + 1}: the rule expects {expected}, the command has {actual}";
        }

        if (prefixRule)
        {
            return common < text.Length
                ? $"`{literal}:*` needs a space after `{literal}`; the command continues with {Show(text, common)}"
                : "the prefix matches but the candidate was not checked (compound or wrapped command)";
        }

        if (!wildcard)
        {
            return common < text.Length
                ? $"an exact rule must match the whole command; the command continues with {Show(text, common)} (add ` *` to the rule for a prefix)"
                : "the text is equal but the command was judged on another form (wrapper, env prefix or redirect)";
        }

        string after = p[(star + 1)..];
        return after.Length == 0
            ? "the start matches, but the rest of the command cannot be matched by `*` here (allow-only guard or compound)"
            : $"the text before `*` matches; the rest of the command does not match `{after.Trim()}`";
    }

    private static string Show(string s, int at)
    {
        int end = Math.Min(s.Length, at + 12);
        string piece = s[at..end].Replace("\n", "⏎", StringComparison.Ordinal);
        return $"`{piece}{(end < s.Length ? "…" : string.Empty)}`";
    }

    private static int IndexOfUnescapedStar(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '*' && !Syntax.RuleParser.IsEscaped(s, i))
            {
                return i;
            }
        }

        return -1;
    }
}
