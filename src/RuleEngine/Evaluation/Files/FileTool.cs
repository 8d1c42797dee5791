namespace RuleEngine.Evaluation.Files;

/// <summary>
/// The file tools and how each one is checked: which input field carries the path, whether it reads or
/// writes, and whether a Read deny blocks it at validation (Edit/Write only, paths.md §1).
/// </summary>
/// <param name="Name">The canonical tool name.</param>
/// <param name="PathField">The input property holding the path.</param>
/// <param name="IsWrite">True for Edit, Write, NotebookEdit.</param>
/// <param name="PathDefaultsToCwd">True for Grep/Glob, whose <c>path</c> is optional.</param>
/// <param name="ReadDenyBlocks">True for Edit/Write (validation step).</param>
/// <param name="RefusesLinkTarget">True for Edit/Write, which never write to a path that is itself a link.</param>
/// <param name="PathIsDirectory">True for Glob, whose <c>path</c> is by contract the directory to search (for patterns ending in <c>/</c>).</param>
internal sealed record FileTool(string Name, string PathField, bool IsWrite, bool PathDefaultsToCwd, bool ReadDenyBlocks, bool RefusesLinkTarget, bool PathIsDirectory = false)
{
    private static readonly FileTool[] s_tools =
    [
        new("Read", "file_path", IsWrite: false, PathDefaultsToCwd: false, ReadDenyBlocks: false, RefusesLinkTarget: false),
        new("Grep", "path", IsWrite: false, PathDefaultsToCwd: true, ReadDenyBlocks: false, RefusesLinkTarget: false),
        new("Glob", "path", IsWrite: false, PathDefaultsToCwd: true, ReadDenyBlocks: false, RefusesLinkTarget: false, PathIsDirectory: true),
        new("LSP", "filePath", IsWrite: false, PathDefaultsToCwd: false, ReadDenyBlocks: false, RefusesLinkTarget: false),
        new("Edit", "file_path", IsWrite: true, PathDefaultsToCwd: false, ReadDenyBlocks: true, RefusesLinkTarget: true),
        new("Write", "file_path", IsWrite: true, PathDefaultsToCwd: false, ReadDenyBlocks: true, RefusesLinkTarget: true),
        new("NotebookEdit", "notebook_path", IsWrite: true, PathDefaultsToCwd: false, ReadDenyBlocks: false, RefusesLinkTarget: false),
    ];

    /// <summary>The file tool named exactly <paramref name="toolName"/> (case-sensitive), or null.</summary>
    public static FileTool? Find(string toolName) => toolName switch
    {
        // A string switch tests the length and a character before comparing: most names are rejected at once.
        "Read" => s_tools[0],
        "Grep" => s_tools[1],
        "Glob" => s_tools[2],
        "LSP" => s_tools[3],
        "Edit" => s_tools[4],
        "Write" => s_tools[5],
        "NotebookEdit" => s_tools[6],
        _ => null,
    };
}
