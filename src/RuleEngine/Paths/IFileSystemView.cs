namespace RuleEngine.Paths;

/// <summary>
/// The few file-system facts the path checks need (paths.md §6). Paths passed in and returned are
/// normalised absolute POSIX paths. Implementations must not throw for missing paths.
/// </summary>
internal interface IFileSystemView
{
    /// <summary>
    /// The path with every symbolic link in it resolved (like <c>realpath</c>); components that do not
    /// exist are kept as written. Returns the input when nothing is a link.
    /// </summary>
    string ResolveFully(string path);

    /// <summary>True when the path itself (its last component) is a symbolic link.</summary>
    bool IsSymbolicLink(string path);

    /// <summary>True when the path exists and is a directory (after following links).</summary>
    bool IsDirectory(string path);
}
