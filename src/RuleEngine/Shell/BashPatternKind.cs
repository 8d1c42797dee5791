namespace RuleEngine.Shell;

/// <summary>The kind of a Bash rule specifier (bash.md §2).</summary>
internal enum BashPatternKind
{
    /// <summary>Character-for-character equality, e.g. <c>Bash(npm run build)</c>.</summary>
    Exact,

    /// <summary>Legacy prefix <c>P:*</c>, e.g. <c>Bash(npm run:*)</c>.</summary>
    Prefix,

    /// <summary>Contains an unescaped <c>*</c>, e.g. <c>Bash(git * main)</c>.</summary>
    Wildcard,

    /// <summary><c>Bash(:*)</c>: matches nothing.</summary>
    Invalid,
}
