namespace RuleEngine.Paths;

/// <summary>One element of a glob segment: <c>a</c> is <c>(Literal, 'a')</c>, <c>[ab]</c> is <c>(Class, index)</c>.</summary>
/// <param name="Kind">What the token matches.</param>
/// <param name="Char">The literal character, lower-cased (Literal only).</param>
/// <param name="ClassIndex">Index into the segment's class table (Class only).</param>
internal readonly record struct PatternToken(PatternTokenKind Kind, char Char, int ClassIndex);
