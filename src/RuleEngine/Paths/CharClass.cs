namespace RuleEngine.Paths;

/// <summary>
/// A bracket expression such as <c>[a-c]</c>, <c>[!.]</c> or <c>[^0-9]</c>, matched case-insensitively.
/// Invariant: <see cref="_ranges"/> holds inclusive (low, high) pairs.
/// </summary>
internal sealed class CharClass
{
    private readonly char[] _ranges;
    private readonly bool _negated;

    public CharClass(char[] ranges, bool negated)
    {
        _ranges = ranges;
        _negated = negated;
    }

    public bool Matches(char c)
    {
        bool hit = Contains(c) || Contains(char.ToLowerInvariant(c)) || Contains(char.ToUpperInvariant(c));
        return hit != _negated && c != '/';
    }

    private bool Contains(char c)
    {
        for (int i = 0; i < _ranges.Length; i += 2)
        {
            if (c >= _ranges[i] && c <= _ranges[i + 1])
            {
                return true;
            }
        }

        return false;
    }
}
