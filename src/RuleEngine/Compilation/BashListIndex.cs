using System.Collections.Frozen;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// The Bash rules of one list, indexed: exact rules by their whole text (hash), prefix and wildcard rules
/// by command word (hash) then the bucket's compiled checks, and the few rules with no fixed command word
/// in one bucket tried for every candidate. A lookup takes the smallest ordinal over all candidates and
/// buckets, which is the interpreter's "first rule in load order that matches any candidate".
/// </summary>
internal sealed class BashListIndex
{
    private readonly RuleBehavior _list;
    private readonly FrozenDictionary<string, int> _exact;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _exactBySpan;
    private readonly FrozenDictionary<string, BashBucket> _buckets;
    private readonly FrozenDictionary<string, BashBucket>.AlternateLookup<ReadOnlySpan<char>> _bucketsBySpan;
    private readonly BashBucket? _unkeyed;
    private readonly bool _hasExact;

    public BashListIndex(RuleBehavior list, IReadOnlyList<BashPlanRule> rules, bool compile, bool eager)
    {
        _list = list;
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new Dictionary<string, List<BashPlanRule>>(StringComparer.Ordinal);
        var unkeyed = new List<BashPlanRule>();
        foreach (BashPlanRule rule in rules)
        {
            if (rule.Kind == BashPatternKind.Exact)
            {
                exact.TryAdd(rule.BucketKey!, rule.Ordinal);
            }
            else if (rule.BucketKey is { } key)
            {
                if (!keyed.TryGetValue(key, out List<BashPlanRule>? bucket))
                {
                    keyed[key] = bucket = [];
                }

                bucket.Add(rule);
            }
            else
            {
                unkeyed.Add(rule);
            }
        }

        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        _exactBySpan = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        var groups = new List<BashBucketGroup>();
        _buckets = keyed.ToFrozenDictionary(p => p.Key, p => Build([.. p.Value], p.Key.Length, compile, groups), StringComparer.Ordinal);
        _bucketsBySpan = _buckets.GetAlternateLookup<ReadOnlySpan<char>>();
        _unkeyed = unkeyed.Count > 0 ? Build([.. unkeyed], 0, compile, groups) : null;
        if (eager)
        {
            groups.ForEach(g => g.Compile());
        }
        HasPatterns = _buckets.Count > 0 || _unkeyed is not null;
        _hasExact = _exact.Count > 0;
    }

    /// <summary>Exact rules by text (first ordinal).</summary>
    internal FrozenDictionary<string, int> Exact => _exact;

    /// <summary>Prefix and wildcard rules by command word.</summary>
    internal FrozenDictionary<string, BashBucket> Buckets => _buckets;

    /// <summary>The rules with no fixed command word, or null.</summary>
    internal BashBucket? Unkeyed => _unkeyed;

    /// <summary>Whether any prefix or wildcard rule is indexed.</summary>
    public bool HasPatterns { get; }

    /// <summary>Number of command-word buckets.</summary>
    public int BucketCount => _buckets.Count;

    /// <summary>The ordinal of the first rule of the given kinds matching any candidate of the command, or -1.</summary>
    public int Find(SimpleCommand command, BashRuleKinds kinds)
    {
        bool exact = (kinds & BashRuleKinds.Exact) != 0 && _hasExact;
        bool patterns = (kinds & BashRuleKinds.Pattern) != 0 && HasPatterns;
        if (!exact && !patterns)
        {
            return -1;
        }

        int best = int.MaxValue;
        ReadOnlySpan<Candidate> candidates = command.GetCandidates(_list);
        char[] buffer = command.CandidateBuffer;
        foreach (Candidate candidate in candidates)
        {
            ReadOnlySpan<char> text = buffer.AsSpan(candidate.Start, candidate.Length);
            if (exact && (candidate.Use & CandidateUse.Exact) != 0 && _exactBySpan.TryGetValue(text, out int ordinal) && ordinal < best)
            {
                best = ordinal;
            }

            if (patterns && (candidate.Use & CandidateUse.Pattern) != 0 && !CompoundGuard.StillSplits(text))
            {
                best = ProbePatterns(buffer, candidate.Start, candidate.Length, text, best);
            }
        }

        return best == int.MaxValue ? -1 : best;
    }

    private int ProbePatterns(char[] buffer, int start, int length, ReadOnlySpan<char> text, int best)
    {
        int space = text.IndexOf(' ');
        ReadOnlySpan<char> word = space < 0 ? text : text[..space];
        if (_bucketsBySpan.TryGetValue(word, out BashBucket? bucket))
        {
            best = bucket.Probe(buffer, start, length, viaXargs: false, best);
        }

        if (_unkeyed is not null)
        {
            best = _unkeyed.Probe(buffer, start, length, viaXargs: false, best);
        }

        if (space == 5 && word.SequenceEqual("xargs"))
        {
            // `xargs P…` is matched as P… too (bash.md §4): probe the word after xargs.
            ReadOnlySpan<char> rest = text[6..];
            int restSpace = rest.IndexOf(' ');
            if (_bucketsBySpan.TryGetValue(restSpace < 0 ? rest : rest[..restSpace], out BashBucket? inner))
            {
                best = inner.Probe(buffer, start + 6, length - 6, viaXargs: true, best);
            }

            if (_unkeyed is not null)
            {
                best = _unkeyed.Probe(buffer, start + 6, length - 6, viaXargs: true, best);
            }
        }

        return best;
    }

    private static BashBucket Build(BashPlanRule[] rules, int keyLength, bool compile, List<BashBucketGroup> groups)
    {
        if (!compile)
        {
            return new BashBucket(rules, BashBucket.Interpreted(rules));
        }

        if (groups.Count == 0 || groups[^1].IsFull)
        {
            groups.Add(new BashBucketGroup());
        }

        BashBucketGroup group = groups[^1];
        return new BashBucket(rules, group.MatcherFor(group.Add(rules, keyLength)));
    }
}
