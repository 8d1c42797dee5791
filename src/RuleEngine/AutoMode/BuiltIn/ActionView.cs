using RuleEngine.AutoMode.Classification;

namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>
/// The action prepared once for every built-in matcher: the tool, the lower-cased text, shell segments
/// (for Bash/PowerShell/Monitor the command; for an Agent prompt, the command-like runs found in the prose),
/// and for file tools the target path.
/// </summary>
internal sealed class ActionView
{
    public ActionView(ClassifierAction action, string? workingDirectory, string? homeDirectory)
    {
        Tool = action.ToolName;
        Lower = action.Input.ToLowerInvariant();
        WorkingDirectory = workingDirectory?.TrimEnd('/');
        HomeDirectory = homeDirectory?.TrimEnd('/');
        switch (Tool)
        {
            case "Bash":
            case "Monitor":
            case "PowerShell":
                Segments = ShellLineParser.Parse(action.Input);
                break;
            case "Agent":
                Segments = ProseCommands.Find(action.Input);
                break;
            case "Edit":
            case "Write":
            case "NotebookEdit":
                int newline = action.Input.IndexOf('\n');
                FilePath = newline < 0 ? action.Input : action.Input[..newline];
                FileContent = newline < 0 ? string.Empty : action.Input[(newline + 1)..];
                Segments = [];
                break;
            default:
                Segments = [];
                break;
        }
    }

    public string Tool { get; }

    /// <summary>The whole input, lower-cased.</summary>
    public string Lower { get; }

    public IReadOnlyList<CommandSegment> Segments { get; }

    /// <summary>The target file of Edit/Write/NotebookEdit, as written.</summary>
    public string? FilePath { get; }

    /// <summary>The new content of Edit/Write (truncated), or empty.</summary>
    public string FileContent { get; } = string.Empty;

    public string? WorkingDirectory { get; }

    public string? HomeDirectory { get; }

    public bool IsShell => Segments.Count > 0;

    /// <summary>True when <paramref name="path"/> (as written in a command) points outside the project.</summary>
    public bool IsOutsideProject(string path)
    {
        if (path.Length == 0)
        {
            return false;
        }

        if (path[0] == '~' || path.StartsWith("$home", StringComparison.Ordinal) || path.StartsWith("${home}", StringComparison.Ordinal))
        {
            return true;
        }

        if (path == ".." || path.StartsWith("../", StringComparison.Ordinal) || path.Contains("/../", StringComparison.Ordinal))
        {
            return true;
        }

        if (path[0] != '/')
        {
            return false;
        }

        if (WorkingDirectory is null)
        {
            return !path.StartsWith("/tmp/", StringComparison.Ordinal);
        }

        string cwd = WorkingDirectory.ToLowerInvariant();
        return !(path == cwd || path.StartsWith(cwd + "/", StringComparison.Ordinal));
    }
}
