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

    private AsciiKeyTable(int capacity)
    {
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

        var table = new AsciiKeyTable<T>(capacity);
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
    /// ASCII letters and merely merges some other pairs), four characters per multiply.
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> text)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        ulong hash = (ulong)text.Length * Multiplier;
        int i = 0;
        for (; i + 4 <= text.Length; i += 4)
        {
            ulong chunk = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.Slice(i, 4)));
            hash = System.Numerics.BitOperations.RotateLeft((hash ^ (chunk | 0x0020_0020_0020_0020UL)) * Multiplier, 31);
        }

        for (; i < text.Length; i++)
        {
            hash = System.Numerics.BitOperations.RotateLeft((hash ^ (text[i] | 0x20UL)) * Multiplier, 31);
        }

        return (uint)(hash ^ (hash >> 32));
    }

    /// <summary>The value under the ASCII <paramref name="key"/>; null when none.</summary>
    public T? Find(ReadOnlySpan<char> key)
    {
        for (int i = (int)(Hash(key) & (uint)_mask); ; i = (i + 1) & _mask)
        {
            string? k = _keys[i];
            if (k is null)
            {
                return null;
            }

            if (k.Length == key.Length && key.Equals(k, StringComparison.OrdinalIgnoreCase))
            {
                return _values[i];
            }
        }
    }
}
