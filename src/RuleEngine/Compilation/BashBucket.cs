namespace RuleEngine.Compilation;

/// <summary>The pattern rules sharing one command word (or the rules with none), in load order, with their matcher.</summary>
internal sealed class BashBucket
{
    private readonly Func<BashPlanRule[], BashBucketMatcher>? _compiler;
    private BashBucketMatcher? _matcher;

    /// <summary>A bucket whose matcher is built by <paramref name="build"/> now, or on first use when <paramref name="lazy"/>.</summary>
    public BashBucket(BashPlanRule[] rules, Func<BashPlanRule[], BashBucketMatcher> build, bool lazy)
    {
        Rules = rules;
        MinOrdinal = rules[0].Ordinal;
        if (lazy)
        {
            _compiler = build;
        }
        else
        {
            _matcher = build(rules);
        }
    }

    /// <summary>The rules, ordinal ascending.</summary>
    public BashPlanRule[] Rules { get; }

    /// <summary>
    /// The compiled or interpreted matcher. A lazy bucket compiles on first use (once; a race only
    /// compiles twice and keeps one), so building a large policy does not pay for buckets never consulted.
    /// </summary>
    public BashBucketMatcher Matcher => _matcher ?? Volatile.Read(ref _matcher) ?? Compile();

    private BashBucketMatcher Compile()
    {
        BashBucketMatcher built = _compiler!(Rules);
        return Interlocked.CompareExchange(ref _matcher, built, null) ?? built;
    }

    /// <summary>The smallest ordinal (the first rule's): a bucket that cannot beat the best match so far is skipped.</summary>
    public int MinOrdinal { get; }

    /// <summary>The better of <paramref name="best"/> and this bucket's first match on the text.</summary>
    public int Probe(char[] buffer, int start, int length, bool viaXargs, int best)
    {
        if (MinOrdinal >= best)
        {
            return best;
        }

        int at = Matcher(buffer, start, length, viaXargs);
        return at >= 0 && Rules[at].Ordinal < best ? Rules[at].Ordinal : best;
    }

    /// <summary>
    /// A matcher that runs the reference pattern code on the whole candidate (the fallback where dynamic
    /// code is unavailable). Any match of a rule on the candidate is a match, so the xargs form needs no care.
    /// </summary>
    public static BashBucketMatcher Interpreted(BashPlanRule[] rules) => (buffer, start, length, viaXargs) =>
    {
        int from = viaXargs ? start - 6 : start;
        ReadOnlySpan<char> candidate = buffer.AsSpan(from, length + (start - from));
        for (int i = 0; i < rules.Length; i++)
        {
            if (rules[i].Rule.Pattern.MatchesText(candidate, rules[i].List))
            {
                return i;
            }
        }

        return -1;
    };
}
