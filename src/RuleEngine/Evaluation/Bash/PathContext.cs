namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// Where a command runs, e.g. cwd <c>/work/project</c>, home <c>/home/dev</c>, additional working
/// directories <c>[/srv/shared]</c>. Paths are absolute and normalised (no trailing slash).
/// </summary>
/// <param name="Cwd">The directory relative paths resolve against (the effective cwd after any <c>cd</c>).</param>
/// <param name="Home">The home directory used for <c>~</c> and <c>$HOME</c>.</param>
/// <param name="AdditionalDirectories">Additional working directories (only used by <see cref="CriticalRemoval"/>).</param>
/// <param name="OriginalCwd">The session's original cwd when <see cref="Cwd"/> was changed by a <c>cd</c>; null otherwise.</param>
internal sealed record PathContext(
    string Cwd,
    string Home,
    IReadOnlyList<string>? AdditionalDirectories = null,
    string? OriginalCwd = null);
