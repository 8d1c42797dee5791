using System.Runtime.CompilerServices;

namespace RuleEngine.Compilation;

/// <summary>
/// A 4,096-bit filter over the length and the first and last characters of a table's keys: a text whose bit
/// is clear is no key, so the table turns it away without hashing it (a long command text costs a
/// multiply per four characters to hash, the filter one). Bits are equal for texts
/// equal under the table's comparison: <c>fold</c> 0 for ordinal, 0x20 for ASCII case-insensitive (which
/// folds ASCII letters and merely merges some other pairs, so the filter stays conservative). The tables
/// hold the bits themselves, so a lookup reads no further object.
/// </summary>
internal static class KeyFilter
{
    /// <summary>The filter bits of <paramref name="keys"/>, folded with <paramref name="fold"/>.</summary>
    public static ulong[] Create(IEnumerable<string> keys, ushort fold)
    {
        var bits = new ulong[64];
        foreach (string key in keys)
        {
            int bit = Bit(key, fold);
            bits[bit >> 6] |= 1UL << bit;
        }

        return bits;
    }

    /// <summary>False when <paramref name="text"/> is certainly none of the keys of <paramref name="bits"/>; true when it may be one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayContain(ulong[] bits, ReadOnlySpan<char> text, ushort fold)
    {
        int bit = Bit(text, fold);
        return (bits[bit >> 6] & (1UL << bit)) != 0;
    }

    // One multiply: the length and both end characters packed into a word, the product's top 12 bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(ReadOnlySpan<char> text, ushort fold) => text.IsEmpty
        ? 0
        : (int)((((uint)text.Length ^ ((text[0] | (uint)fold) << 7) ^ ((text[^1] | (uint)fold) << 16)) * 0x9E3779B1u) >>> 20);
}
