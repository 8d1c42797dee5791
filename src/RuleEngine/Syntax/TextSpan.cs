namespace RuleEngine.Syntax;

/// <summary>A half-open range <c>[Start, Start + Length)</c> of characters in some source text (0-based).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The exclusive end of the span.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from an inclusive start and exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether the span lies within a text of the given length.</summary>
    public bool IsInside(int textLength) => Start >= 0 && Length >= 0 && End <= textLength;

    /// <summary>Shifts the span by <paramref name="offset"/> characters.</summary>
    public TextSpan Shift(int offset) => new(Start + offset, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
