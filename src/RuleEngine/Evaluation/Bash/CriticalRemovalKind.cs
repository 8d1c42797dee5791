namespace RuleEngine.Evaluation.Bash;

/// <summary>Why an <c>rm</c>/<c>rmdir</c> target is critical (bash.md §11).</summary>
internal enum CriticalRemovalKind
{
    /// <summary><c>/</c> or a top-level system directory, e.g. <c>rm -rf /usr</c>.</summary>
    SystemPath,

    /// <summary>The home directory, e.g. <c>rm -rf ~</c>, <c>rmdir $HOME</c>.</summary>
    Home,

    /// <summary>The cwd or one of its ancestors, e.g. <c>rm -rf .</c>, <c>rm -rf ..</c>.</summary>
    WorkingDirectoryOrAncestor,

    /// <summary>
    /// A glob directly in a critical directory or in a working directory, e.g. <c>rm -rf *</c>, <c>rm ./*</c>,
    /// <c>rm -rf /srv/shared/*</c>, <c>rm -rf /home/dev/*</c>.
    /// </summary>
    GlobInCriticalDirectory,

    /// <summary>A glob or trailing <c>/</c> right after a variable that may be empty, e.g. <c>rm -rf "$DIR"/*</c>, <c>rm -rf $DIR/</c>.</summary>
    PossiblyEmptyVariable,

    /// <summary>A target produced by a command substitution, e.g. <c>rm -rf `echo /`</c>.</summary>
    UnresolvableSubstitution,
}
