using System.Collections.Frozen;
using System.Collections.Immutable;

namespace RuleEngine.Paths;

/// <summary>
/// The rules of one access family and list, indexed so a lookup only runs patterns that can match:
/// a pattern with a literal segment (<c>.env</c>, <c>src/**/*.ts</c>) is filed under that name and tried
/// only when the path has a segment of that name; the rest are always tried. The result is still the
/// first matching rule in list order.
/// </summary>
internal sealed class PathRuleBucket
{
    // Invariant: _general and every _byName list hold ascending indices into Rules; never-matching rules appear in neither.
    private readonly int[] _general;
    private readonly FrozenDictionary<string, int[]> _byName;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byNameLookup;

    public PathRuleBucket(ImmutableArray<PathRule> rules)
    {
        Rules = rules;
        var general = new List<int>();
        var byName = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < rules.Length; i++)
        {
            PathPattern pattern = rules[i].Pattern;
            if (pattern.MatchesNothing)
            {
                continue;
            }

            if (pattern.RequiredSegment is { } name)
            {
                if (!byName.TryGetValue(name, out List<int>? list))
                {
                    byName[name] = list = [];
                }

                list.Add(i);
            }
            else
            {
                general.Add(i);
            }
        }

        _general = [.. general];
        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _byNameLookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public ImmutableArray<PathRule> Rules { get; }

    /// <summary>The first rule in list order matching the normalised absolute path, or null.</summary>
    public PathRule? FindMatch(string normalizedPath, bool isDirectory)
    {
        int best = int.MaxValue;
        foreach (int i in _general)
        {
            if (Rules[i].IsMatch(normalizedPath, isDirectory))
            {
                best = i;
                break;
            }
        }

        if (_byName.Count > 0)
        {
            ReadOnlySpan<char> rest = normalizedPath;
            while (!rest.IsEmpty)
            {
                int slash = rest.IndexOf('/');
                ReadOnlySpan<char> seg = slash < 0 ? rest : rest[..slash];
                rest = slash < 0 ? default : rest[(slash + 1)..];
                if (!seg.IsEmpty && _byNameLookup.TryGetValue(seg, out int[]? candidates))
                {
                    foreach (int i in candidates)
                    {
                        if (i >= best)
                        {
                            break;
                        }

                        if (Rules[i].IsMatch(normalizedPath, isDirectory))
                        {
                            best = i;
                            break;
                        }
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
}
