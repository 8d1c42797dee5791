using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// The three Bash list indexes merged for ordinary commands (<see cref="SimpleCommand.TryGetSoleCandidate"/>):
/// such a command has one candidate for every list and rule kind, so one hash of its text finds the exact
/// rules of deny, ask and allow together, and one hash of its command word finds the three lists' buckets.
/// The answers equal what each <see cref="BashListIndex.Find"/> would return for the same command.
/// </summary>
internal sealed class BashSoleIndex
{
    private readonly OrdinalKeyTable<Ordinals> _exact;
    private readonly OrdinalKeyTable<Buckets> _buckets;
    private readonly BashBucket? _unkeyedDeny;
    private readonly BashBucket? _unkeyedAsk;
    private readonly BashBucket? _unkeyedAllow;

    public BashSoleIndex(BashListIndex deny, BashListIndex ask, BashListIndex allow)
    {
        var exact = new Dictionary<string, Ordinals>(StringComparer.Ordinal);
        foreach ((string text, int ordinal) in deny.Exact)
        {
            exact[text] = exact.GetValueOrDefault(text, Ordinals.None) with { Deny = ordinal };
        }

        foreach ((string text, int ordinal) in ask.Exact)
        {
            exact[text] = exact.GetValueOrDefault(text, Ordinals.None) with { Ask = ordinal };
        }

        foreach ((string text, int ordinal) in allow.Exact)
        {
            exact[text] = exact.GetValueOrDefault(text, Ordinals.None) with { Allow = ordinal };
        }

        var buckets = new Dictionary<string, Buckets>(StringComparer.Ordinal);
        foreach ((string word, BashBucket bucket) in deny.Buckets)
        {
            buckets[word] = buckets.GetValueOrDefault(word) with { Deny = bucket };
        }

        foreach ((string word, BashBucket bucket) in ask.Buckets)
        {
            buckets[word] = buckets.GetValueOrDefault(word) with { Ask = bucket };
        }

        foreach ((string word, BashBucket bucket) in allow.Buckets)
        {
            buckets[word] = buckets.GetValueOrDefault(word) with { Allow = bucket };
        }

        // Exact rules are few and commands long: most texts are turned away without hashing them.
        _exact = new OrdinalKeyTable<Ordinals>(exact, prefilter: true);
        _buckets = new OrdinalKeyTable<Buckets>(buckets);
        _unkeyedDeny = deny.Unkeyed;
        _unkeyedAsk = ask.Unkeyed;
        _unkeyedAllow = allow.Unkeyed;
    }

    /// <summary>
    /// Every list's first exact and first pattern match on an ordinary command's text; false when the command
    /// word is <c>xargs</c> (its inner command is probed too: the per-list path handles that).
    /// </summary>
    /// <param name="buffer">The buffer holding the text.</param>
    /// <param name="start">Where the text starts.</param>
    /// <param name="length">Its length.</param>
    /// <param name="wordLength">The length of its command word: the text up to its first space, or all of it.</param>
    /// <param name="answers">The first matches.</param>
    public bool TryFind(char[] buffer, int start, int length, int wordLength, out SoleAnswers answers)
    {
        ReadOnlySpan<char> text = buffer.AsSpan(start, length);
        ReadOnlySpan<char> word = text[..wordLength];
        System.Diagnostics.Debug.Assert(word.IndexOf(' ') < 0 && (wordLength == length || text[wordLength] == ' '), "the command word ends at the first space");
        if (word.SequenceEqual("xargs"))
        {
            answers = default;
            return false;
        }

        Ordinals exact = _exact.TryGetValue(text, out Ordinals e) ? e : Ordinals.None;
        Buckets keyed = _buckets.TryGetValue(word, out Buckets b) ? b : default;
        answers = new SoleAnswers(
            exact.Deny, Probe(keyed.Deny, _unkeyedDeny, buffer, start, length),
            exact.Ask, Probe(keyed.Ask, _unkeyedAsk, buffer, start, length),
            exact.Allow, Probe(keyed.Allow, _unkeyedAllow, buffer, start, length));
        return true;
    }

    private static int Probe(BashBucket? keyed, BashBucket? unkeyed, char[] buffer, int start, int length)
    {
        int best = int.MaxValue;
        if (keyed is not null)
        {
            best = keyed.Probe(buffer, start, length, viaXargs: false, best);
        }

        if (unkeyed is not null)
        {
            best = unkeyed.Probe(buffer, start, length, viaXargs: false, best);
        }

        return best;
    }

    private readonly record struct Ordinals(int Deny, int Ask, int Allow)
    {
        public static readonly Ordinals None = new(int.MaxValue, int.MaxValue, int.MaxValue);
    }

    private readonly record struct Buckets(BashBucket? Deny, BashBucket? Ask, BashBucket? Allow);
}

/// <summary>
/// First matching ordinals (<see cref="int.MaxValue"/> for none) of an ordinary command's sole candidate, per
/// list and rule kind.
/// </summary>
internal readonly record struct SoleAnswers(int DenyExact, int DenyPattern, int AskExact, int AskPattern, int AllowExact, int AllowPattern)
{
    /// <summary>The first match of <paramref name="list"/> among <paramref name="kinds"/>, or -1.</summary>
    public int For(RuleBehavior list, BashRuleKinds kinds)
    {
        (int exact, int pattern) = list switch
        {
            RuleBehavior.Deny => (DenyExact, DenyPattern),
            RuleBehavior.Ask => (AskExact, AskPattern),
            _ => (AllowExact, AllowPattern),
        };
        int best = Math.Min((kinds & BashRuleKinds.Exact) != 0 ? exact : int.MaxValue, (kinds & BashRuleKinds.Pattern) != 0 ? pattern : int.MaxValue);
        return best == int.MaxValue ? -1 : best;
    }
}
