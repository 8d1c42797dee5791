namespace RuleEngine.Paths;

/// <summary>The directory a path pattern is relative to (paths.md §4).</summary>
internal enum PathAnchor
{
    /// <summary><c>//etc/**</c>: the filesystem root.</summary>
    Root,

    /// <summary><c>~/.ssh/**</c>: the home directory.</summary>
    Home,

    /// <summary><c>/src/**</c>: the root of the rule's settings source.</summary>
    SourceRoot,

    /// <summary><c>./src/**</c> or <c>src/**</c>: the cwd (and, for deny/ask, each additional working directory).</summary>
    Cwd,
}
