using System.Collections.Immutable;
using RuleEngine.Evaluation;
using RuleEngine.Evaluation.Web;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// The WebFetch <c>domain:</c> rules of all three lists for the one-pass lookup of the WebFetch check: exact
/// hosts and <c>*.suffix</c> patterns in one table each (<see cref="OrdinalKeyTable{TValue}"/>), keyed by host, with the first ordinal of each list
/// (so a host costs one hash for the whole host and one per label boundary, for deny, ask and allow together);
/// the rest (<c>*</c>, stars inside labels) per list, tried in order. Lengths no key has are skipped without hashing.
/// Gives exactly what scanning each list in order gives (the interpreter back-end).
/// </summary>
internal sealed class DomainIndex
{
    private readonly OrdinalKeyTable<Firsts> _exact;
    private readonly OrdinalKeyTable<Firsts> _suffix;

    // Bit n (n < 63) set when some key has length n; bit 63 for every length of 63 or more.
    private readonly ulong _exactLengths;
    private readonly ulong _suffixLengths;

    // Indexed by (int)RuleBehavior: the rules no table holds, in order.
    private readonly (int Ordinal, DomainPattern Pattern)[][] _others = new (int, DomainPattern)[3][];

    public DomainIndex(PolicyRules rules)
    {
        var exact = new Dictionary<string, Firsts>(StringComparer.Ordinal);
        var suffix = new Dictionary<string, Firsts>(StringComparer.Ordinal);
        foreach (RuleBehavior list in (ReadOnlySpan<RuleBehavior>)[RuleBehavior.Allow, RuleBehavior.Ask, RuleBehavior.Deny])
        {
            ImmutableArray<RuleEntry> entries = rules.For(list);
            var others = new List<(int, DomainPattern)>();
            for (int i = 0; i < entries.Length; i++)
            {
                if (rules.DomainAt(list, i) is not { } pattern)
                {
                    continue;
                }

                // The first rule of the list under a key wins.
                if (!TryKey(entries[i].Rule.Content!, out string rest, out bool subdomains))
                {
                    others.Add((i, pattern));
                    continue;
                }

                Dictionary<string, Firsts> table = subdomains ? suffix : exact;
                Firsts firsts = table.GetValueOrDefault(rest, Firsts.None);
                table[rest] = firsts.Min(list, i);
            }

            _others[(int)list] = [.. others];
        }

        _exact = new OrdinalKeyTable<Firsts>(exact);
        _suffix = new OrdinalKeyTable<Firsts>(suffix);
        _exactLengths = Lengths(exact.Keys);
        _suffixLengths = Lengths(suffix.Keys);
    }

    /// <summary>
    /// The first rule of the deny list matching the normalised host, else of the ask list, else of the allow
    /// list (<paramref name="list"/> says which), or -1.
    /// </summary>
    public int Find(ReadOnlySpan<char> host, out RuleBehavior list)
    {
        Firsts best = Firsts.None;
        if (HasLength(_exactLengths, host.Length) && _exact.TryGetValue(host, out Firsts exact))
        {
            best = exact;
        }

        if (_suffixLengths != 0)
        {
            // Hosts are short: a plain scan for the label boundaries.
            for (int dot = 0; dot < host.Length; dot++)
            {
                if (host[dot] != '.')
                {
                    continue;
                }

                ReadOnlySpan<char> rest = host[(dot + 1)..];
                if (HasLength(_suffixLengths, rest.Length) && _suffix.TryGetValue(rest, out Firsts suffix))
                {
                    best = best.Min(suffix);
                }
            }
        }

        foreach (RuleBehavior behavior in (ReadOnlySpan<RuleBehavior>)[RuleBehavior.Deny, RuleBehavior.Ask, RuleBehavior.Allow])
        {
            int found = best.For(behavior);
            foreach ((int ordinal, DomainPattern pattern) in _others[(int)behavior])
            {
                if (ordinal >= found)
                {
                    break;
                }

                if (pattern.Matches(host))
                {
                    found = ordinal;
                    break;
                }
            }

            if (found != int.MaxValue)
            {
                list = behavior;
                return found;
            }
        }

        list = RuleBehavior.Deny;
        return -1;
    }

    private static ulong Lengths(IEnumerable<string> keys)
    {
        ulong mask = 0;
        foreach (string key in keys)
        {
            mask |= 1UL << Math.Min(key.Length, 63);
        }

        return mask;
    }

    private static bool HasLength(ulong mask, int length) => ((mask >> Math.Min(length, 63)) & 1) != 0;

    /// <summary>The first ordinal of each list under one key (<see cref="int.MaxValue"/> when none).</summary>
    private readonly record struct Firsts(int Deny, int Ask, int Allow)
    {
        public static readonly Firsts None = new(int.MaxValue, int.MaxValue, int.MaxValue);

        public int For(RuleBehavior list) => list switch
        {
            RuleBehavior.Deny => Deny,
            RuleBehavior.Ask => Ask,
            _ => Allow,
        };

        public Firsts Min(Firsts other) => new(Math.Min(Deny, other.Deny), Math.Min(Ask, other.Ask), Math.Min(Allow, other.Allow));

        public Firsts Min(RuleBehavior list, int ordinal) => list switch
        {
            RuleBehavior.Deny => this with { Deny = Math.Min(Deny, ordinal) },
            RuleBehavior.Ask => this with { Ask = Math.Min(Ask, ordinal) },
            _ => this with { Allow = Math.Min(Allow, ordinal) },
        };
    }

    /// <summary>
    /// The table key of a <c>domain:</c> rule's content: the normalised host for an exact host, the part after
    /// <c>*.</c> (<paramref name="subdomains"/>) for a subdomain rule; false when a <c>*</c> remains (such rules
    /// are tried in order).
    /// </summary>
    internal static bool TryKey(string content, out string key, out bool subdomains)
    {
        string text = content[7..];
        string host = text == "*" ? "*" : DomainPattern.NormalizeHost(text);
        subdomains = host.StartsWith("*.", StringComparison.Ordinal);
        key = subdomains ? host[2..] : host;
        return !key.Contains('*');
    }
}
