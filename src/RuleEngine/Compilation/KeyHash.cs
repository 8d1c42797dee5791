using System.Numerics;
using System.Runtime.InteropServices;

namespace RuleEngine.Compilation;

/// <summary>The string hash of the engine's open-addressing tables (<see cref="OrdinalKeyTable{TValue}"/>, <c>Paths.AsciiKeyTable</c>).</summary>
internal static class KeyHash
{
    /// <summary>
    /// Four characters per multiply, then MurmurHash3's fmix64 so every character reaches the low bits the
    /// tables index by. Every character is OR-ed with <paramref name="fold"/> first: 0 for an ordinal hash,
    /// 0x20 for one equal on ASCII-case-insensitively equal texts (it folds ASCII letters and merely merges
    /// some other pairs).
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> text, ushort fold = 0)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        ulong foldChunk = fold * 0x0001_0001_0001_0001UL;
        ulong hash = (ulong)text.Length * Multiplier;
        int i = 0;
        for (; i + 4 <= text.Length; i += 4)
        {
            ulong chunk = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text.Slice(i, 4)));
            hash = BitOperations.RotateLeft((hash ^ (chunk | foldChunk)) * Multiplier, 31);
        }

        for (; i < text.Length; i++)
        {
            hash = BitOperations.RotateLeft((hash ^ (ulong)(text[i] | fold)) * Multiplier, 31);
        }

        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        hash ^= hash >> 33;
        return (uint)hash;
    }
}
