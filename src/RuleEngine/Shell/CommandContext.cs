namespace RuleEngine.Shell;

/// <summary>
/// Where a simple command sits (bash.md §6). Flags accumulate over nesting: a command inside
/// <c>( $(x) )</c> has <see cref="Subshell"/> | <see cref="CommandSubstitution"/>. <see cref="None"/> is top level.
/// </summary>
[Flags]
internal enum CommandContext
{
    /// <summary>Top level of the command line.</summary>
    None = 0,

    /// <summary>Inside <c>$( … )</c>.</summary>
    CommandSubstitution = 1 << 0,

    /// <summary>Inside backticks.</summary>
    Backticks = 1 << 1,

    /// <summary>Inside <c>&lt;( … )</c> or <c>&gt;( … )</c>.</summary>
    ProcessSubstitution = 1 << 2,

    /// <summary>Inside a subshell <c>( … )</c>.</summary>
    Subshell = 1 << 3,

    /// <summary>Inside a brace group <c>{ …; }</c>.</summary>
    BraceGroup = 1 << 4,

    /// <summary>Inside a function body <c>f() { …; }</c>.</summary>
    FunctionBody = 1 << 5,

    /// <summary>Inside <c>if</c>, <c>for</c>, <c>while</c>, <c>until</c> or <c>case</c>.</summary>
    ControlStructure = 1 << 6,

    /// <summary>Inside the body of an unquoted heredoc (a substitution expanded when the heredoc is read).</summary>
    HeredocBody = 1 << 7,

    /// <summary>Any substitution whose output becomes part of another command.</summary>
    AnySubstitution = CommandSubstitution | Backticks | ProcessSubstitution,
}
