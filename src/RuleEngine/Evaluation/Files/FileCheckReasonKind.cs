namespace RuleEngine.Evaluation.Files;

/// <summary>Which rule or built-in check decided a file-tool verdict.</summary>
internal enum FileCheckReasonKind
{
    /// <summary>A <c>Read(…)</c>/<c>Edit(…)</c> rule decided; see <see cref="FileCheckReason.Rule"/>.</summary>
    Rule,

    /// <summary>Input validation: an Edit/Write target covered by a Read deny rule (paths.md §1 rule 2).</summary>
    ReadDenyValidation,

    /// <summary>An Edit/Write target that is itself a symbolic link (paths.md §6).</summary>
    SymlinkWriteTarget,

    /// <summary><c>blockReadsOutsideWorkingDirectories</c>/<c>blockWritesOutsideWorkingDirectories</c> refused the path.</summary>
    BlockedOutsideWorkingDirectories,

    /// <summary>A protected path (paths.md §8).</summary>
    ProtectedPath,

    /// <summary>The path is outside the working directories.</summary>
    OutsideWorkingDirectories,

    /// <summary>The requested path is inside but resolves through a symlink to a path outside.</summary>
    SymlinkEscape,

    /// <summary>The mode decided (plan ask, acceptEdits/auto allow of an in-scope edit).</summary>
    Mode,

    /// <summary>A read inside the working directories (allowed without a rule in every mode).</summary>
    WorkingDirectory,

    /// <summary>Nothing decided: an edit inside the working directories without a rule.</summary>
    NotGranted,

    /// <summary>The tool input could not be interpreted (fail closed).</summary>
    InvalidInput,
}
