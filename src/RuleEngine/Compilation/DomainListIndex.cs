using System.Collections.Frozen;
using System.Collections.Immutable;
using RuleEngine.Evaluation;
using RuleEngine.Evaluation.Web;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// WebFetch <c>domain:</c> rules of one list: exact hosts and <c>*.suffix</c> patterns by hash (a host is
/// looked up whole and at every label boundary), the rest (<c>*</c>, stars inside labels) tried in order.
/// </summary>
internal sealed class DomainListIndex
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _suffix;
    private readonly (int Ordinal, DomainPattern Pattern)[] _others;
    private readonly bool _any;

    public DomainListIndex(PolicyRules rules, RuleBehavior list)
    {
        ImmutableArray<RuleEntry> entries = rules.For(list);
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var suffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var others = new List<(int, DomainPattern)>();
        for (int i = 0; i < entries.Length; i++)
        {
            if (rules.DomainAt(list, i) is not { } pattern)
            {
                continue;
            }

            if (TryKey(entries[i].Rule.Content!, out string key, out bool subdomains))
            {
                (subdomains ? suffix : exact).TryAdd(key, i);
            }
            else
            {
                others.Add((i, pattern));
            }
        }

        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _suffix = suffix.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _others = [.. others];
        _any = exact.Count + suffix.Count + others.Count > 0;
    }

    /// <summary>The ordinal of the first rule matching the normalised host, or -1.</summary>
    public int Find(string host)
    {
        if (!_any)
        {
            return -1;
        }

        int best = _exact.TryGetValue(host, out int e) ? e : int.MaxValue;
        if (_suffix.Dictionary.Count > 0)
        {
            for (int dot = host.IndexOf('.'); dot >= 0; dot = host.IndexOf('.', dot + 1))
            {
                if (_suffix.TryGetValue(host.AsSpan(dot + 1), out int s) && s < best)
                {
                    best = s;
                }
            }
        }

        foreach ((int ordinal, DomainPattern pattern) in _others)
        {
            if (ordinal >= best)
            {
                break;
            }

            if (pattern.Matches(host))
            {
                best = ordinal;
                break;
            }
        }

        return best == int.MaxValue ? -1 : best;
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
