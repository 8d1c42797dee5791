using System.Collections.Immutable;
using RuleEngine.Settings;

namespace RuleEngine.Evaluation;

/// <summary>
/// Everything a decision depends on besides the rules and the call: directories, mode, file system view.
/// Immutable; build one per session (or per call when the mode changes).
/// </summary>
public sealed record EvaluationContext
{
    /// <summary>The original working directory (the project root unless <see cref="ProjectRoot"/> says otherwise).</summary>
    public required string Cwd { get; init; }

    /// <summary>The user's home directory.</summary>
    public required string Home { get; init; }

    /// <summary>Additional working directories (<c>--add-dir</c>, <c>additionalDirectories</c>).</summary>
    public ImmutableArray<string> AdditionalDirectories { get; init; } = [];

    /// <summary>The permission mode.</summary>
    public PermissionMode Mode { get; init; } = PermissionMode.Default;

    /// <summary>The project root (where <c>.claude/</c> lives); defaults to <see cref="Cwd"/>.</summary>
    public string? ProjectRoot { get; init; }

    /// <summary>Refuse file-tool reads outside the working directories in every mode.</summary>
    public bool BlockReadsOutsideWorkingDirectories { get; init; }

    /// <summary>Refuse file-tool writes outside the working directories in every mode, bypass included.</summary>
    public bool BlockWritesOutsideWorkingDirectories { get; init; }

    /// <summary>A call that would prompt is denied (non-interactive sessions, <c>denyInsteadOfPrompting</c>).</summary>
    public bool DenyInsteadOfPrompting { get; init; }

    /// <summary>The view of the file system used to resolve symbolic links; null uses the real file system.</summary>
    internal Paths.IFileSystemView? FileSystem { get; init; }

    /// <summary>A context for the given directories with default settings.</summary>
    public static EvaluationContext For(string cwd, string home, PermissionMode mode = PermissionMode.Default) =>
        new() { Cwd = cwd, Home = home, Mode = mode };

    /// <summary>Applies the merged settings of a rule set (directories and stricter-wins flags).</summary>
    public EvaluationContext WithSettings(EffectiveSettings settings) => this with
    {
        AdditionalDirectories = AdditionalDirectories.AddRange(settings.AdditionalDirectories.Select(d => Path.IsPathRooted(d) ? d : Path.GetFullPath(Path.Combine(Cwd, d)))),
        BlockReadsOutsideWorkingDirectories = BlockReadsOutsideWorkingDirectories || settings.BlockReadsOutsideWorkingDirectories,
        BlockWritesOutsideWorkingDirectories = BlockWritesOutsideWorkingDirectories || settings.BlockWritesOutsideWorkingDirectories,
        DenyInsteadOfPrompting = DenyInsteadOfPrompting || settings.DenyInsteadOfPrompting,
    };
}
