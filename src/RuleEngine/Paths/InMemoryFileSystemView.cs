namespace RuleEngine.Paths;

/// <summary>
/// An in-memory file system for tests and dry runs: directories and symbolic links declared up front.
/// Nothing exists unless added, which is what the conformance corpus assumes.
/// </summary>
internal sealed class InMemoryFileSystemView : IFileSystemView
{
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);

    /// <summary>An empty file system.</summary>
    public static InMemoryFileSystemView Empty => new();

    /// <summary>Declares <paramref name="linkPath"/> as a symbolic link to <paramref name="target"/> (absolute or relative to the link's directory).</summary>
    public InMemoryFileSystemView AddLink(string linkPath, string target)
    {
        _links[PathNormalizer.NormalizeDirectory(linkPath)] = target;
        return this;
    }

    /// <summary>Declares a directory (and its parents).</summary>
    public InMemoryFileSystemView AddDirectory(string path)
    {
        string p = PathNormalizer.NormalizeDirectory(path);
        while (p.Length > 1)
        {
            _directories.Add(p);
            p = p[..Math.Max(1, p.LastIndexOf('/'))];
        }

        return this;
    }

    public string ResolveFully(string path) => _links.Count == 0 ? path : SymlinkWalker.Resolve(path, ReadLink);

    public bool IsSymbolicLink(string path) => _links.ContainsKey(path);

    public bool IsDirectory(string path) => _directories.Contains(ResolveFully(path));

    private string? ReadLink(string path) => _links.TryGetValue(path, out string? target) ? target : null;
}
