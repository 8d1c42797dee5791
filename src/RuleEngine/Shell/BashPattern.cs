using RuleEngine.Syntax;

namespace RuleEngine.Shell;

/// <summary>
/// A compiled Bash rule specifier (bash.md §2–§4). Classify once with <see cref="Compile"/>, then ask
/// <see cref="Matches(SimpleCommand, RuleBehavior)"/> per subcommand: the list selects the candidate set
/// (allow vs deny/ask) and the list-specific rules (allow-only guard, xargs form). Immutable and thread-safe.
/// </summary>
internal sealed class BashPattern
{
    private readonly string _exact = string.Empty;
    private readonly string _prefix = string.Empty;
    private readonly WildcardMatcher? _wildcard;

    private BashPattern(string content, BashPatternKind kind, string exact, string prefix, WildcardMatcher? wildcard)
    {
        Content = content;
        Kind = kind;
        _exact = exact;
        _prefix = prefix;
        _wildcard = wildcard;
    }

    /// <summary>The specifier as written (after rule-string unescaping).</summary>
    public string Content { get; }

    /// <summary>Exact, prefix, wildcard or invalid.</summary>
    public BashPatternKind Kind { get; }

    /// <summary>Exact rules run before command-specific constraints, prefix/wildcard after (decision.md §3).</summary>
    public bool IsExact => Kind == BashPatternKind.Exact;

    /// <summary>Classifies and compiles a specifier (bash.md §2).</summary>
    public static BashPattern Compile(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content == ":*")
        {
            return new BashPattern(content, BashPatternKind.Invalid, string.Empty, string.Empty, null);
        }

        if (content.Length > 2 && content.EndsWith(":*", StringComparison.Ordinal))
        {
            return new BashPattern(content, BashPatternKind.Prefix, string.Empty, CollapseBlanks(content.AsSpan(0, content.Length - 2)), null);
        }

        if (HasUnescapedStar(content))
        {
            string pattern = CollapseBlanks(content.AsSpan().Trim());
            return new BashPattern(content, BashPatternKind.Wildcard, string.Empty, string.Empty, WildcardMatcher.Compile(pattern));
        }

        return new BashPattern(content, BashPatternKind.Exact, content, string.Empty, null);
    }

    /// <summary>Whether this rule, sitting in <paramref name="list"/>, matches the subcommand (any candidate, bash.md §4).</summary>
    public bool Matches(SimpleCommand command, RuleBehavior list)
    {
        if (Kind == BashPatternKind.Invalid)
        {
            return false;
        }

        CandidateUse use = Kind == BashPatternKind.Exact ? CandidateUse.Exact : CandidateUse.Pattern;
        foreach (Candidate candidate in command.GetCandidates(list))
        {
            if ((candidate.Use & use) != 0 && MatchesCandidate(command.CandidateText(in candidate), list, collapsed: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Matches one raw candidate string (e.g. the whole text of an over-length command for deny rules,
    /// bash.md §1.2). Blank runs are collapsed here for prefix/wildcard rules.
    /// </summary>
    public bool MatchesText(ReadOnlySpan<char> text, RuleBehavior list) => MatchesCandidate(text, list, collapsed: false);

    private bool MatchesCandidate(ReadOnlySpan<char> candidate, RuleBehavior list, bool collapsed)
    {
        switch (Kind)
        {
            case BashPatternKind.Exact:
                return candidate.SequenceEqual(_exact);
            case BashPatternKind.Invalid:
                return false;
        }

        if (!collapsed && (candidate.IndexOf('\t') >= 0 || candidate.IndexOf("  ") >= 0))
        {
            return MatchesCandidate(CollapseBlanks(candidate), list, collapsed: true);
        }

        if (CompoundGuard.StillSplits(candidate))
        {
            return false;
        }

        return Kind == BashPatternKind.Prefix ? MatchesPrefix(candidate) : MatchesWildcard(candidate, list);
    }

    private bool MatchesPrefix(ReadOnlySpan<char> candidate)
    {
        if (MatchesPrefixCore(candidate))
        {
            return true;
        }

        return candidate.StartsWith("xargs ") && MatchesPrefixCore(candidate[6..]);
    }

    private bool MatchesPrefixCore(ReadOnlySpan<char> candidate) =>
        candidate.StartsWith(_prefix) && (candidate.Length == _prefix.Length || candidate[_prefix.Length] == ' ');

    private bool MatchesWildcard(ReadOnlySpan<char> candidate, RuleBehavior list)
    {
        WildcardMatcher matcher = _wildcard!;
        if (matcher.IsMatch(candidate) && PassesAllowGuard(candidate, list))
        {
            return true;
        }

        if (candidate.StartsWith("xargs ") && (list != RuleBehavior.Allow || matcher.EndsWithStar))
        {
            ReadOnlySpan<char> rest = candidate[6..];
            return matcher.IsMatch(rest) && PassesAllowGuard(rest, list);
        }

        return false;
    }

    /// <summary>
    /// bash.md §3.3 allow-only guard: when the first star sits inside the command word, what the star can
    /// consume in that word must be plain word characters with no <c>..</c> segment.
    /// </summary>
    private bool PassesAllowGuard(ReadOnlySpan<char> candidate, RuleBehavior list)
    {
        WildcardMatcher matcher = _wildcard!;
        if (list != RuleBehavior.Allow || matcher.FirstStar < 0 || matcher.LiteralPrefix.Contains(' '))
        {
            return true;
        }

        return PassesAllowGuard(candidate, matcher.FirstStar);
    }

    /// <summary>
    /// The allow-only guard of bash.md §3.3: the characters a <c>*</c> consumes inside the command word (from
    /// <paramref name="firstStar"/>) must be plain word characters, and no <c>..</c> segment may follow it.
    /// Shared by the interpreter and the compiled back-end.
    /// </summary>
    internal static bool PassesAllowGuard(ReadOnlySpan<char> candidate, int firstStar)
    {
        int wordEnd = candidate.IndexOf(' ');
        ReadOnlySpan<char> word = wordEnd < 0 ? candidate : candidate[..wordEnd];
        for (int i = firstStar; i < word.Length; i++)
        {
            char c = word[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '+' or '-' or ':' or '@' or '%' or ',' or '~' or '/'))
            {
                return false;
            }
        }

        int segmentStart = 0;
        for (int i = 0; i <= word.Length; i++)
        {
            if (i == word.Length || word[i] == '/')
            {
                if (i - segmentStart == 2 && word[segmentStart] == '.' && word[segmentStart + 1] == '.' && i > firstStar)
                {
                    return false;
                }

                segmentStart = i + 1;
            }
        }

        return true;
    }

    private static bool HasUnescapedStar(string content)
    {
        for (int i = 0; i < content.Length; i++)
        {
            if (content[i] != '*')
            {
                continue;
            }

            int backslashes = 0;
            for (int j = i - 1; j >= 0 && content[j] == '\\'; j--)
            {
                backslashes++;
            }

            if (backslashes % 2 == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs of spaces and tabs become one space (bash.md §3.2–§3.3; shared with the compiled back-end).</summary>
    internal static string CollapseBlanks(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        bool blank = false;
        foreach (char c in text)
        {
            if (c is ' ' or '\t')
            {
                if (!blank)
                {
                    builder.Append(' ');
                }

                blank = true;
            }
            else
            {
                builder.Append(c);
                blank = false;
            }
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}({Content})";
}
