using System.Collections.Frozen;
using System.Collections.Immutable;

namespace RuleEngine.Paths;

/// <summary>
/// The rules of one access family and list, indexed so a lookup only runs patterns that can match and
/// costs in proportion to the path, not to the rule count. Each pattern is filed under ONE of its keys:
/// a literal segment (<c>.env</c>, <c>module7</c> of <c>src/module7/**</c>), tried only when the path has a
/// segment of that name, or the extension of a glob segment (<c>gen7</c> of <c>**/*.gen7</c>), tried only when
/// some path segment has that extension. The key chosen is the one fewest patterns of the bucket share, so
/// a common prefix such as <c>src</c> does not collect every <c>src/moduleK/**</c> rule. Patterns with no key
/// (<c>**</c>, <c>*</c>) are always tried. The result is the minimum rule index over all candidates, i.e.
/// still the first matching rule in list order.
/// </summary>
internal sealed class PathRuleBucket
{
    // Longest extension lowered on the stack; longer path extensions cannot equal any key when no key is longer.
    private const int StackExtension = 64;

    // Invariant: _general and every list of _byName/_byExtension hold ascending indices into Rules, each index in
    // exactly one of them; never-matching rules appear in none. _byExtension keys are invariant-lower-cased.
    private readonly int[] _general;
    private readonly FrozenDictionary<string, int[]> _byName;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byNameLookup;
    private readonly FrozenDictionary<string, int[]> _byExtension;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byExtensionLookup;
    private readonly int _maxExtensionLength;

    public PathRuleBucket(ImmutableArray<PathRule> rules)
    {
        Rules = rules;
        var nameCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var extensionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<(string Key, bool IsExtension)>[rules.Length];
        for (int i = 0; i < rules.Length; i++)
        {
            PathPattern pattern = rules[i].Pattern;
            if (pattern.MatchesNothing)
            {
                continue;
            }

            var distinct = new List<(string Key, bool IsExtension)>();
            foreach ((string key, bool isExtension) in pattern.IndexKeys)
            {
                if (isExtension && key.Length > StackExtension)
                {
                    continue;
                }

                StringComparer comparer = isExtension ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
                if (!distinct.Exists(k => k.IsExtension == isExtension && comparer.Equals(k.Key, key)))
                {
                    distinct.Add((key, isExtension));
                    Dictionary<string, int> counts = isExtension ? extensionCounts : nameCounts;
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }

            keys[i] = distinct;
        }

        var general = new List<int>();
        var byName = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var byExtension = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Length; i++)
        {
            if (keys[i] is not { } candidates)
            {
                continue;
            }

            if (candidates.Count == 0)
            {
                general.Add(i);
                continue;
            }

            (string Key, bool IsExtension) best = candidates[0];
            int bestCount = int.MaxValue;
            foreach ((string key, bool isExtension) in candidates)
            {
                int count = (isExtension ? extensionCounts : nameCounts)[key];
                if (count < bestCount || (count == bestCount && key.Length > best.Key.Length))
                {
                    best = (key, isExtension);
                    bestCount = count;
                }
            }

            Dictionary<string, List<int>> target = best.IsExtension ? byExtension : byName;
            if (!target.TryGetValue(best.Key, out List<int>? list))
            {
                target[best.Key] = list = [];
            }

            list.Add(i);
        }

        _general = [.. general];
        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _byNameLookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _byExtension = byExtension.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byExtensionLookup = _byExtension.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxExtensionLength = byExtension.Count == 0 ? -1 : byExtension.Keys.Max(k => k.Length);
    }

    public ImmutableArray<PathRule> Rules { get; }

    /// <summary>Rule indices by literal segment name (case-insensitive), as <see cref="FindMatch(string, bool)"/> looks them up.</summary>
    public FrozenDictionary<string, int[]> ByName => _byName;

    /// <summary>Rule indices by lower-cased extension, as <see cref="FindMatch(string, bool)"/> looks them up.</summary>
    public FrozenDictionary<string, int[]> ByExtension => _byExtension;

    /// <summary>The longest extension key, or -1.</summary>
    public int MaxExtensionLength => _maxExtensionLength;

    /// <summary>
    /// <see cref="FindMatch(string, bool)"/> with the table lookups already done by <see cref="PathRuleSet.Probe(string)"/>: the rules
    /// without a key, then the candidate lists found for this bucket (<paramref name="bucket"/>) in the probe's hits.
    /// </summary>
    internal PathRule? FindMatch(string normalizedPath, bool isDirectory, in PathProbe probe, int bucket)
    {
        int best = FirstGeneral(normalizedPath, isDirectory);

        // Only hits with candidates in this bucket matter; when no hit has any, none is looked at.
        for (int h = 0; (probe.Buckets & (1 << bucket)) != 0 && h < probe.Count; h++)
        {
            if (probe.Hits[h][bucket] is { } candidates)
            {
                best = FirstMatch(candidates, best, normalizedPath, isDirectory);
            }
        }

        return best == int.MaxValue ? null : Rules[best];
    }

    // The first rule without a key (tried for every path) that matches, or int.MaxValue.
    private int FirstGeneral(string normalizedPath, bool isDirectory)
    {
        foreach (int i in _general)
        {
            if (Rules[i].IsMatch(normalizedPath, isDirectory))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>The first rule in list order matching the normalised absolute path, or null.</summary>
    public PathRule? FindMatch(string normalizedPath, bool isDirectory)
    {
        int best = FirstGeneral(normalizedPath, isDirectory);

        if (_byName.Count > 0 || _byExtension.Count > 0)
        {
            Span<char> lowered = stackalloc char[StackExtension];
            ReadOnlySpan<char> rest = normalizedPath;
            while (!rest.IsEmpty)
            {
                int slash = rest.IndexOf('/');
                ReadOnlySpan<char> seg = slash < 0 ? rest : rest[..slash];
                rest = slash < 0 ? default : rest[(slash + 1)..];
                if (seg.IsEmpty)
                {
                    continue;
                }

                if (_byName.Count > 0 && _byNameLookup.TryGetValue(seg, out int[]? named))
                {
                    best = FirstMatch(named, best, normalizedPath, isDirectory);
                }

                int dot = seg.LastIndexOf('.');
                if (dot >= 0 && seg.Length - dot - 1 <= _maxExtensionLength)
                {
                    ReadOnlySpan<char> extension = seg[(dot + 1)..];
                    Span<char> key = lowered[..extension.Length];
                    for (int j = 0; j < extension.Length; j++)
                    {
                        key[j] = char.ToLowerInvariant(extension[j]);
                    }

                    if (_byExtensionLookup.TryGetValue(key, out int[]? extended))
                    {
                        best = FirstMatch(extended, best, normalizedPath, isDirectory);
                    }
                }
            }
        }

        return best == int.MaxValue ? null : Rules[best];
    }

    /// <summary>The reference lookup: every rule in order (tests compare the index against it).</summary>
    public PathRule? FindMatchLinear(string normalizedPath, bool isDirectory)
    {
        foreach (PathRule rule in Rules)
        {
            if (rule.IsMatch(normalizedPath, isDirectory))
            {
                return rule;
            }
        }

        return null;
    }

    // The smaller of best and the first candidate below it that matches.
    private int FirstMatch(int[] candidates, int best, string normalizedPath, bool isDirectory)
    {
        foreach (int i in candidates)
        {
            if (i >= best)
            {
                break;
            }

            if (Rules[i].IsMatch(normalizedPath, isDirectory))
            {
                return i;
            }
        }

        return best;
    }
}
