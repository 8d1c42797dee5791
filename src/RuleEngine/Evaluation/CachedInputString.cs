namespace RuleEngine.Evaluation;

/// <summary>
/// One memoised result of <see cref="ToolCall.GetString(string)"/>: the property name, its string value
/// (null when absent or not a string) and the previously cached entry. Immutable, so a call shared across
/// threads publishes entries with a single reference write.
/// </summary>
internal sealed class CachedInputString(string property, string? value, CachedInputString? next, int depth)
{
    public string Property { get; } = property;

    public string? Value { get; } = value;

    public CachedInputString? Next { get; } = next;

    /// <summary>How many entries this list holds, including this one.</summary>
    public int Depth { get; } = depth;
}
