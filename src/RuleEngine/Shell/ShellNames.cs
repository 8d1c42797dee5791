namespace RuleEngine.Shell;

/// <summary>Shell identifier rules shared by the parser and the rule analysers.</summary>
internal static class ShellNames
{
    /// <summary>True for a shell variable name: a letter or <c>_</c>, then letters, digits or <c>_</c>.</summary>
    public static bool IsName(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !(char.IsAsciiLetter(s[0]) || s[0] == '_'))
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
