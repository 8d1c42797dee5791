using RuleEngine.Shell;

namespace RuleEngine.Compilation;

/// <summary>Span helpers the expression back-end calls from compiled matchers; each works on (buffer, start, length) without allocating.</summary>
internal static class CompiledMatchHelpers
{
    /// <summary>Whether <paramref name="literal"/> occurs at <paramref name="start"/> (the caller checked the length).</summary>
    public static bool EqualsAt(char[] buffer, int start, string literal) =>
        buffer.AsSpan(start, literal.Length).SequenceEqual(literal);

    /// <summary>
    /// The middle literals of a star-only glob found in order, leftmost first, inside the window between
    /// head and tail (leftmost-first is optimal when a star matches any text).
    /// </summary>
    public static bool MiddlesInOrder(char[] buffer, int start, int length, string[] middles)
    {
        ReadOnlySpan<char> window = buffer.AsSpan(start, length);
        foreach (string m in middles)
        {
            int at = window.IndexOf(m.AsSpan());
            if (at < 0)
            {
                return false;
            }

            window = window[(at + m.Length)..];
        }

        return true;
    }

    /// <summary>The state-set matcher for patterns with <c>/**/</c>.</summary>
    public static bool WildcardMatches(WildcardMatcher matcher, char[] buffer, int start, int length) =>
        matcher.IsMatch(buffer.AsSpan(start, length));

    /// <summary>
    /// bash.md §3.3 allow-only guard: what the first star consumes inside the command word must be plain
    /// word characters, and the word must not gain a <c>..</c> segment after it.
    /// </summary>
    public static bool PassesAllowGuard(char[] buffer, int start, int length, int firstStar) =>
        Shell.BashPattern.PassesAllowGuard(buffer.AsSpan(start, length), firstStar);
}
