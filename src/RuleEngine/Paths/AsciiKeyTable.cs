namespace RuleEngine.Paths;

/// <summary>
/// A small open-addressing table of ASCII keys compared ASCII-case-insensitively, hashed four characters at
/// a time with no delegate or comparer dispatch. For ASCII keys and ASCII lookups this is exactly
/// <see cref="StringComparer.OrdinalIgnoreCase"/>; callers look non-ASCII text up elsewhere.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class AsciiKeyTable<T>
    where T : class
{
    // Invariant: capacity is a power of two at least twice the key count; null keys are empty slots.
    private readonly string?[] _keys;
    private readonly T?[] _values;
    private readonly int _mask;

    // Most texts that are no key are turned away without hashing them.
    private readonly ulong[] _filter;

    private AsciiKeyTable(int capacity, ulong[] filter)
    {
        _filter = filter;
        _keys = new string?[capacity];
        _values = new T?[capacity];
        _mask = capacity - 1;
    }

    /// <summary>The table of <paramref name="entries"/> (keys distinct ASCII-case-insensitively), or null when a key is not ASCII.</summary>
    public static AsciiKeyTable<T>? Create(IReadOnlyCollection<KeyValuePair<string, T>> entries)
    {
        int capacity = 8;
        while (capacity < entries.Count * 2)
        {
            capacity *= 2;
        }

        var table = new AsciiKeyTable<T>(capacity, Compilation.KeyFilter.Create(entries.Select(e => e.Key), fold: 0x20));
        foreach ((string key, T value) in entries)
        {
            if (!System.Text.Ascii.IsValid(key))
            {
                return null;
            }

            int i = (int)(Hash(key) & (uint)table._mask);
            while (table._keys[i] is not null)
            {
                i = (i + 1) & table._mask;
            }

            table._keys[i] = key;
            table._values[i] = value;
        }

        return table;
    }

    /// <summary>
    /// A hash equal for ASCII-case-insensitively equal texts: every character is OR-ed with 0x20 (which folds
    /// ASCII letters and merely merges some other pairs), four characters per multiply, then a final avalanche.
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> text) => Compilation.KeyHash.Hash(text, fold: 0x20);

    /// <summary>The value under the ASCII <paramref name="key"/>; null when none.</summary>
    public T? Find(ReadOnlySpan<char> key)
    {
        if (!Compilation.KeyFilter.MayContain(_filter, key, fold: 0x20))
        {
            return null;
        }

        for (int i = (int)(Hash(key) & (uint)_mask); ; i = (i + 1) & _mask)
        {
            string? k = _keys[i];
            if (k is null)
            {
                return null;
            }

            if (k.Length == key.Length && EqualsIgnoreCase(key, k))
            {
                return _values[i];
            }
        }
    }

    // ASCII case-insensitive equality of two ASCII texts of one length, inline: the keys are path segments and
    // extensions, a few characters long, where a call to the vectorised library comparison costs more than the loop.
    private static bool EqualsIgnoreCase(ReadOnlySpan<char> text, string key)
    {
        for (int i = 0; i < key.Length; i++)
        {
            uint a = text[i];
            uint b = key[i];
            if (a != b && ((a ^ b) != 0x20 || (uint)((a | 0x20) - 'a') > 'z' - 'a'))
            {
                return false;
            }
        }

        return true;
    }
}
