namespace RuleEngine.Compilation;

/// <summary>
/// Matches the rules of one bucket against a text whose first word is the bucket key: (buffer, start,
/// length, viaXargs) → the position in the bucket of the first matching rule, or -1. When
/// <c>viaXargs</c> is true the text is what follows <c>xargs </c> in the candidate (six characters earlier).
/// </summary>
internal delegate int BashBucketMatcher(char[] buffer, int start, int length, bool viaXargs);
