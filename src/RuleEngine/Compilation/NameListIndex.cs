using System.Collections.Frozen;
using System.Collections.Immutable;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// Name rules of one tool in one list (Skill names and prefixes, Agent types): exact names by hash, and
/// prefixes by hash per distinct prefix length, so a lookup costs one probe per length, not per rule.
/// </summary>
internal sealed class NameListIndex
{
    private readonly FrozenDictionary<string, int> _exact;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly int[] _prefixLengths;

    /// <summary>Indexes the content rules of <paramref name="tool"/>; <paramref name="skillSyntax"/> reads <c>/name</c>, <c>name *</c> and <c>name:*</c>.</summary>
    public NameListIndex(ImmutableArray<RuleEntry> entries, string tool, bool skillSyntax)
    {
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Length; i++)
        {
            PermissionRule rule = entries[i].Rule;
            if (rule.Content is not { } content || !string.Equals(rule.ToolName, tool, StringComparison.Ordinal))
            {
                continue;
            }

            bool prefix = false;
            string name = skillSyntax ? SkillRules.Normalize(content, out prefix) : content;
            (prefix ? prefixes : exact).TryAdd(name, i);
        }

        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        _prefixes = prefixes.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. prefixes.Keys.Select(k => k.Length).Distinct().Order()];
    }

    /// <summary>The ordinal of the first rule matching <paramref name="name"/>, or -1.</summary>
    public int Find(string name)
    {
        int best = _exact.TryGetValue(name, out int e) ? e : int.MaxValue;
        foreach (int length in _prefixLengths)
        {
            if (length > name.Length)
            {
                break;
            }

            if (_prefixes.TryGetValue(name.AsSpan(0, length), out int p) && p < best)
            {
                best = p;
            }
        }

        return best == int.MaxValue ? -1 : best;
    }
}
