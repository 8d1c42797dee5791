namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// One path argument of a file command, e.g. <c>cp a.txt .env</c> → (<c>a.txt</c>, Write,
/// <c>/work/project/a.txt</c>) and (<c>.env</c>, Write, <c>/work/project/.env</c>).
/// </summary>
/// <param name="Word">The argument as written (after quote removal).</param>
/// <param name="Operation">Read, Create or Write.</param>
/// <param name="Status">Resolved, glob, or needs expansion.</param>
/// <param name="Path">The absolute normalised path (or absolute glob pattern); null when it needs expansion.</param>
/// <param name="GlobBase">For <see cref="PathStatus.Glob"/>: the literal directory before the first glob segment.</param>
/// <param name="IsRelative">The word was resolved against the cwd (no leading <c>/</c>, <c>~</c> or <c>$HOME</c>); bash.md §10 "relative read after cd".</param>
internal readonly record struct CommandPath(string Word, PathOperation Operation, PathStatus Status, string? Path, string? GlobBase = null, bool IsRelative = false);
