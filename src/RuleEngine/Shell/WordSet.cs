using System.Collections.Frozen;

namespace RuleEngine.Shell;

/// <summary>
/// A fixed set of command words looked up by span on the hot path. Most words asked about are not in the set
/// (<c>npm</c> is neither a wrapper nor a file command), so a 64-bit mask per first character of the lengths
/// the set has answers them with two loads before any hashing.
/// </summary>
internal sealed class WordSet
{
    private readonly ulong[] _lengthsByFirst = new ulong[128];
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        FrozenSet<string> set = words.ToFrozenSet(StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string word in set)
        {
            if (word.Length > 0 && word[0] < 128)
            {
                _lengthsByFirst[word[0]] |= 1UL << Math.Min(word.Length, 63);
            }
            else
            {
                // A word the mask cannot describe: let every lookup through to the set.
                Array.Fill(_lengthsByFirst, ulong.MaxValue);
            }
        }

    }

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word[0] >= 128 || (_lengthsByFirst[word[0]] & (1UL << Math.Min(word.Length, 63))) == 0)
        {
            return false;
        }

        return _lookup.Contains(word);
    }
}
