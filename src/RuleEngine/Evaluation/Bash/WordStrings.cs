namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// A small per-thread cache of the strings made from shell words (argv values, subcommand display texts):
/// agents run the same commands over and over, so <c>git</c>, <c>status</c> or <c>npm run build</c> are
/// turned into strings once and then reused instead of being allocated on every decision. Direct-mapped by
/// hash; a collision just replaces the slot. Strings are immutable, so sharing them cannot change a result.
/// </summary>
internal static class WordStrings
{
    private const int Slots = 512; // a power of two
    private const int MaxLength = 256; // longer texts are rarely repeated verbatim: not worth a slot

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>The string of <paramref name="text"/>, shared with earlier calls on this thread when possible.</summary>
    public static string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        string?[] slots = t_slots ??= new string?[Slots];
        int slot = Slot(text);
        string? cached = slots[slot];
        if (cached is not null && text.SequenceEqual(cached))
        {
            return cached;
        }

        string made = text.ToString();
        slots[slot] = made;
        return made;
    }

    // A cheap spread of length and three characters: a collision only costs one allocation.
    private static int Slot(ReadOnlySpan<char> text) =>
        (int)(((uint)text.Length * 0x9E3779B1u) ^ ((uint)text[0] * 0x85EBCA77u) ^ ((uint)text[^1] * 0xC2B2AE3Du) ^ ((uint)text[text.Length >> 1] * 0x27D4EB2Fu)) >>> 7 & (Slots - 1);
}
