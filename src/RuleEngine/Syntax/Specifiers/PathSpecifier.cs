namespace RuleEngine.Syntax.Specifiers;

/// <summary>
/// A path rule, e.g. <c>Read(./secrets/**)</c>, <c>Edit(//etc/*)</c> or <c>Read(~/.ssh/**)</c> (paths.md §3–§4).
/// Shape: an <see cref="Anchor"/> and the gitignore <see cref="Pattern"/> that remains after removing it
/// (<c>secrets/**</c>), with the gitignore flags <see cref="IsNegated"/> (leading <c>!</c>) and
/// <see cref="IsDirectoryOnly"/> (trailing <c>/</c>). <c>Cd(…)</c> rules use the same anchors (rules.md §9).
/// </summary>
/// <param name="ToolName">The tool: <c>Read</c>, <c>Edit</c>, <c>Write</c>, <c>NotebookEdit</c>, <c>Glob</c>, <c>Grep</c>, <c>Cd</c>, ….</param>
/// <param name="Content">The unescaped pattern as written, anchor included.</param>
/// <param name="Anchor">Which directory the pattern is relative to.</param>
/// <param name="Pattern">The gitignore pattern after the anchor (may be empty, e.g. for <c>Read(//)</c>).</param>
public sealed record PathSpecifier(string ToolName, string Content, PathAnchor Anchor, string Pattern)
    : Specifier(ToolName, Content)
{
    /// <summary>True when the pattern starts with <c>!</c>; as a rule such a pattern matches nothing (paths.md §3).</summary>
    public bool IsNegated => Pattern.StartsWith('!');

    /// <summary>True when the pattern ends with <c>/</c> and therefore matches directories only.</summary>
    public bool IsDirectoryOnly => Pattern.Length > 0 && Pattern[^1] == '/';

    /// <summary>True when the pattern has a <c>..</c> segment, which never reaches outside its anchor (paths.md §4).</summary>
    public bool HasParentSegment => Pattern.Split('/').Contains("..", StringComparer.Ordinal);

    /// <summary>Splits <paramref name="content"/> into anchor and remaining pattern (<c>//</c>, <c>~/</c>, <c>/</c>, <c>./</c> or none, in that order).</summary>
    public static (PathAnchor Anchor, string Pattern) SplitAnchor(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.StartsWith("//", StringComparison.Ordinal))
        {
            return (PathAnchor.Root, content[2..]);
        }

        if (content.StartsWith("~/", StringComparison.Ordinal))
        {
            return (PathAnchor.Home, content[2..]);
        }

        if (content.StartsWith('/'))
        {
            return (PathAnchor.Source, content[1..]);
        }

        if (content.StartsWith("./", StringComparison.Ordinal))
        {
            return (PathAnchor.Cwd, content[2..]);
        }

        return (PathAnchor.Cwd, content);
    }
}
