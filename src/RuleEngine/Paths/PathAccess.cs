namespace RuleEngine.Paths;

/// <summary>Which family of path rules is consulted: <c>Read(…)</c> or <c>Edit(…)</c> (paths.md §1).</summary>
internal enum PathAccess
{
    /// <summary><c>Read(path)</c> rules.</summary>
    Read,

    /// <summary><c>Edit(path)</c> rules.</summary>
    Edit,
}
