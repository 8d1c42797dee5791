namespace RuleEngine.Paths;

/// <summary>The real file system through System.IO (<see cref="FileSystemInfo.LinkTarget"/>).</summary>
internal sealed class PhysicalFileSystemView : IFileSystemView
{
    public static PhysicalFileSystemView Instance { get; } = new();

    public string ResolveFully(string path) => SymlinkWalker.Resolve(path, ReadLink);

    public bool IsSymbolicLink(string path) => ReadLink(path) is not null;

    public bool IsDirectory(string path)
    {
        try
        {
            return Directory.Exists(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    private static string? ReadLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
