namespace RuleEngine.Syntax.Specifiers;

/// <summary>The directory a path pattern is relative to (paths.md §4).</summary>
public enum PathAnchor
{
    /// <summary><c>//</c>: the filesystem root, e.g. <c>Read(//etc/**)</c>.</summary>
    Root,

    /// <summary><c>~/</c>: the home directory, e.g. <c>Read(~/.ssh/**)</c>.</summary>
    Home,

    /// <summary>A single <c>/</c>: the root of the settings source, e.g. <c>Edit(/src/**)</c>.</summary>
    Source,

    /// <summary><c>./</c> or no anchor: the working directory, e.g. <c>Read(./.env)</c>, <c>Read(*.env)</c>.</summary>
    Cwd,
}
