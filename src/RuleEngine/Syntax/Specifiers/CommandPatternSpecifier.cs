namespace RuleEngine.Syntax.Specifiers;

/// <summary>
/// A shell command rule, e.g. <c>Bash(npm run *)</c>, <c>Bash(git commit:*)</c> or <c>PowerShell(Get-ChildItem *)</c>
/// (bash.md §2). Shape: <see cref="Kind"/>; for <see cref="CommandPatternKind.Prefix"/> the text before
/// <c>:*</c> in <see cref="Prefix"/>; <see cref="Specifier.Content"/> is the pattern itself (untrimmed).
/// </summary>
/// <param name="ToolName">The tool: <c>Bash</c>, <c>PowerShell</c> or <c>Monitor</c>.</param>
/// <param name="Content">The unescaped pattern.</param>
/// <param name="Kind">Exact, legacy prefix or wildcard.</param>
/// <param name="Prefix">For a prefix rule the text before the final <c>:*</c> (<c>npm run</c> for <c>npm run:*</c>); otherwise null.</param>
/// <param name="IgnoreCase">True when matching is case-insensitive (PowerShell, bash.md §15).</param>
public sealed record CommandPatternSpecifier(string ToolName, string Content, CommandPatternKind Kind, string? Prefix, bool IgnoreCase)
    : Specifier(ToolName, Content)
{
    /// <summary>
    /// Classifies a command pattern (bash.md §2): prefix when it matches <c>^(.+):\*$</c> (JavaScript
    /// semantics: <c>.</c> matches no line terminator), else wildcard when some <c>*</c> is preceded by an
    /// even number of backslashes, else exact.
    /// </summary>
    public static CommandPatternKind Classify(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (IsLegacyPrefix(pattern))
        {
            return CommandPatternKind.Prefix;
        }

        return HasUnescapedStar(pattern) ? CommandPatternKind.Wildcard : CommandPatternKind.Exact;
    }

    /// <summary>True when <paramref name="pattern"/> contains a <c>*</c> preceded by an even number of backslashes.</summary>
    public static bool HasUnescapedStar(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        for (int i = pattern.IndexOf('*'); i >= 0; i = pattern.IndexOf('*', i + 1))
        {
            if (!RuleParser.IsEscaped(pattern, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLegacyPrefix(string pattern)
    {
        if (pattern.Length < 3 || !pattern.EndsWith(":*", StringComparison.Ordinal))
        {
            return false;
        }

        // `.` in the oracle's regular expression matches anything but a line terminator.
        return pattern.AsSpan(0, pattern.Length - 2).IndexOfAny("\n\r\u2028\u2029") < 0;
    }
}
