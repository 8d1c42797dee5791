using System.Runtime.InteropServices;

namespace RuleEngine.Compilation;

/// <summary>
/// A small open-addressing table of string keys compared ordinally and looked up by span, hashed four
/// characters per multiply with no delegate or comparer dispatch. One generic type whatever the key set,
/// unlike the frozen collections, which pick an implementation type per key set. Optionally a
/// <see cref="KeyFilter"/> turns most texts that are no key away before hashing: worth it where lookups
/// mostly miss or texts are long, a small cost on every hit otherwise.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class OrdinalKeyTable<TValue>
{
    // Invariant: capacity is a power of two at least twice the key count; null keys are empty slots.
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;
    private readonly ulong[]? _filter;

    /// <summary>Builds the table of <paramref name="entries"/> (distinct keys), with a <see cref="KeyFilter"/> when <paramref name="prefilter"/>.</summary>
    public OrdinalKeyTable(IReadOnlyCollection<KeyValuePair<string, TValue>> entries, bool prefilter = false)
    {
        int capacity = 8;
        while (capacity < entries.Count * 2)
        {
            capacity *= 2;
        }

        _keys = new string?[capacity];
        _values = new TValue[capacity];
        _mask = capacity - 1;
        foreach ((string key, TValue value) in entries)
        {
            int i = (int)(Hash(key) & (uint)_mask);
            while (_keys[i] is not null)
            {
                i = (i + 1) & _mask;
            }

            _keys[i] = key;
            _values[i] = value;
        }

        Count = entries.Count;
        _filter = prefilter ? KeyFilter.Create(entries.Select(e => e.Key), fold: 0) : null;
    }

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; }

    /// <summary>The value under <paramref name="key"/> (ordinal comparison).</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        if (_filter is not null && !KeyFilter.MayContain(_filter, key, fold: 0))
        {
            value = default!;
            return false;
        }

        for (int i = (int)(Hash(key) & (uint)_mask); ; i = (i + 1) & _mask)
        {
            string? k = _keys[i];
            if (k is null)
            {
                value = default!;
                return false;
            }

            if (key.SequenceEqual(k))
            {
                value = _values[i];
                return true;
            }
        }
    }

    private static uint Hash(ReadOnlySpan<char> text) => KeyHash.Hash(text);
}
