namespace RuleEngine.Shell;

/// <summary>The operator that ended a simple command.</summary>
internal enum CommandTerminator
{
    /// <summary>End of input or of the enclosing construct.</summary>
    None,

    /// <summary><c>;</c></summary>
    Semicolon,

    /// <summary>A newline.</summary>
    Newline,

    /// <summary><c>&amp;&amp;</c></summary>
    And,

    /// <summary><c>||</c></summary>
    Or,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>|&amp;</c></summary>
    PipeWithStderr,

    /// <summary><c>&amp;</c> (background).</summary>
    Background,

    /// <summary><c>;;</c>, <c>;&amp;</c> or <c>;;&amp;</c> in a <c>case</c> arm.</summary>
    CaseArm,
}
