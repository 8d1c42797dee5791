namespace RuleEngine.Evaluation.Files;

/// <summary>A requested path and the same path with symlinks resolved, both normalised (paths.md §2, §6).</summary>
/// <param name="Requested">The normalised path as requested.</param>
/// <param name="Resolved">The fully resolved path; equal to <paramref name="Requested"/> when no link is involved.</param>
/// <param name="IsDirectory">True when the path is an existing directory (only looked up when a rule ends in <c>/</c>).</param>
internal readonly record struct ResolvedPath(string Requested, string Resolved, bool IsDirectory = false)
{
    /// <summary>True when a symlink changed the path.</summary>
    public bool ThroughLink => !ReferenceEquals(Requested, Resolved) && !string.Equals(Requested, Resolved, StringComparison.Ordinal);
}
