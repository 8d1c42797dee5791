namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// A critical <c>rm</c>/<c>rmdir</c> target, e.g. <c>rm -rf ..</c> with cwd <c>/work/project</c> →
/// WorkingDirectoryOrAncestor, path <c>/work</c>.
/// </summary>
/// <param name="Word">The argument as written.</param>
/// <param name="Kind">Why it is critical.</param>
/// <param name="Path">The resolved path or pattern; null for substitutions.</param>
/// <param name="Message">Human reason, e.g. <c>dangerous rm operation on critical path: /usr</c>.</param>
internal sealed record CriticalRemovalTarget(string Word, CriticalRemovalKind Kind, string? Path, string Message);
