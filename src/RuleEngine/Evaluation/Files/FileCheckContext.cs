using RuleEngine.Settings;
using RuleEngine.Paths;

namespace RuleEngine.Evaluation.Files;

/// <summary>
/// Everything the file-tool check needs besides the rules. Paths are absolute (POSIX or Windows drive form).
/// </summary>
/// <param name="Cwd">The original working directory.</param>
/// <param name="Home">The home directory (<c>~</c>).</param>
internal sealed record FileCheckContext(string Cwd, string Home)
{
    /// <summary><c>--add-dir</c>, <c>/add-dir</c> and <c>permissions.additionalDirectories</c> entries.</summary>
    public IReadOnlyList<string> AdditionalWorkingDirectories { get; init; } = [];

    /// <summary>The project root (root of <c>/</c> in project settings); the cwd when null.</summary>
    public string? ProjectRoot { get; init; }

    public PermissionMode Mode { get; init; } = PermissionMode.Default;

    /// <summary>Symlink and directory facts; the real file system unless replaced.</summary>
    public IFileSystemView FileSystem { get; init; } = PhysicalFileSystemView.Instance;

    /// <summary><c>permissions.blockReadsOutsideWorkingDirectories</c>: reads outside are denied in every mode.</summary>
    public bool BlockReadsOutsideWorkingDirectories { get; init; }

    /// <summary><c>permissions.blockWritesOutsideWorkingDirectories</c>: writes outside and to settings files are denied in every mode.</summary>
    public bool BlockWritesOutsideWorkingDirectories { get; init; }
}
