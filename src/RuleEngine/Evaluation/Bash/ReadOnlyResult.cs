namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// Verdict of <see cref="ReadOnlyCommands.Check"/>, e.g. <c>ls -la</c> → read-only; <c>sort -o x f</c> →
/// not read-only, reason <c>sort option `-o` writes or executes</c>.
/// </summary>
/// <param name="IsReadOnly">True when the command is in the built-in read-only set (paths still need bash.md §8).</param>
/// <param name="Reason">Why it is not read-only (lowercase, one line); null when read-only.</param>
internal readonly record struct ReadOnlyResult(bool IsReadOnly, string? Reason)
{
    /// <summary>The read-only verdict.</summary>
    public static ReadOnlyResult Yes { get; } = new(true, null);

    /// <summary>A not-read-only verdict with a reason.</summary>
    public static ReadOnlyResult No(string reason) => new(false, reason);
}
