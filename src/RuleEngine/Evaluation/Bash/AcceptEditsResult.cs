namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// Verdict of <see cref="AcceptEditsCommands.Check"/>, e.g. <c>mkdir -p out</c> → in set, paths
/// [Create <c>/work/project/out</c>]; <c>mv -f a b</c> → not in set.
/// </summary>
/// <param name="InSet">The command form belongs to the acceptEdits command set (bash.md §12).</param>
/// <param name="Reason">Why not, when <see cref="InSet"/> is false.</param>
/// <param name="Paths">
/// Every path the command touches; the engine allows the command in acceptEdits mode only when all of them are
/// resolved, inside the working directories and not protected.
/// </param>
internal sealed record AcceptEditsResult(bool InSet, string? Reason, IReadOnlyList<CommandPath> Paths)
{
    /// <summary>A "not in the set" verdict.</summary>
    public static AcceptEditsResult No(string reason) => new(false, reason, []);
}
