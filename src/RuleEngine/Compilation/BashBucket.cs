namespace RuleEngine.Compilation;

/// <summary>The pattern rules sharing one command word (or the rules with none), in load order, with their matcher.</summary>
internal sealed class BashBucket
{
    /// <summary>A bucket of rules (ordinal ascending) with its matcher.</summary>
    public BashBucket(BashPlanRule[] rules, BashBucketMatcher matcher)
    {
        Rules = rules;
        Matcher = matcher;
        MinOrdinal = rules[0].Ordinal;
    }

    /// <summary>The rules, ordinal ascending.</summary>
    public BashPlanRule[] Rules { get; }

    /// <summary>The compiled (possibly not yet: see <see cref="BashBucketGroup"/>) or interpreted matcher.</summary>
    public BashBucketMatcher Matcher { get; }

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
