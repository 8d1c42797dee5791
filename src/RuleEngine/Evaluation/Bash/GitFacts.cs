namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// git facts for the engine (bash.md §10), e.g. <c>git -C src status</c> → IsGit, HasDashC, subcommand <c>status</c>.
/// </summary>
/// <param name="IsGit">The command word is <c>git</c>.</param>
/// <param name="HasDashC">A <c>-C DIR</c> global option (never read-only; <c>Bash(git log:*)</c> does not match it).</param>
/// <param name="HasGlobalOptions">Any global option before the subcommand (<c>-C</c>, <c>-c</c>, <c>--git-dir</c>, …).</param>
/// <param name="Subcommand">The subcommand word, or null.</param>
internal readonly record struct GitFacts(bool IsGit, bool HasDashC, bool HasGlobalOptions, string? Subcommand);
