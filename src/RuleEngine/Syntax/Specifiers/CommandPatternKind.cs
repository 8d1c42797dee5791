namespace RuleEngine.Syntax.Specifiers;

/// <summary>The three kinds of command pattern (bash.md §2), classified once per rule.</summary>
public enum CommandPatternKind
{
    /// <summary>No unescaped <c>*</c> and no trailing <c>:*</c>, e.g. <c>Bash(npm run build)</c>, <c>Bash(echo \*)</c>.</summary>
    Exact,

    /// <summary>Legacy prefix: the content matches <c>^(.+):\*$</c>, e.g. <c>Bash(npm run:*)</c>.</summary>
    Prefix,

    /// <summary>Not a prefix and contains an unescaped <c>*</c>, e.g. <c>Bash(git * main)</c>, <c>Bash(ls*)</c>.</summary>
    Wildcard,
}
