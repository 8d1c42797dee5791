namespace RuleEngine.Paths;

/// <summary>The kind of one element of a glob segment, e.g. <c>*</c>, <c>?</c>, <c>[a-c]</c> or a literal character.</summary>
internal enum PatternTokenKind : byte
{
    /// <summary>One literal character, compared case-insensitively.</summary>
    Literal,

    /// <summary><c>?</c>: any one character.</summary>
    AnyChar,

    /// <summary><c>*</c>: any run of characters within the segment.</summary>
    Star,

    /// <summary><c>[…]</c>: a character class.</summary>
    Class,
}
