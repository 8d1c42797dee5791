namespace RuleEngine.Shell;

/// <summary>The operator of a redirection.</summary>
internal enum RedirectionKind
{
    /// <summary><c>&lt; file</c></summary>
    Input,

    /// <summary><c>&gt; file</c></summary>
    Output,

    /// <summary><c>&gt;&gt; file</c></summary>
    Append,

    /// <summary><c>&gt;| file</c></summary>
    Clobber,

    /// <summary><c>&lt;&gt; file</c> (opens for reading and writing).</summary>
    ReadWrite,

    /// <summary><c>&amp;&gt; file</c> or <c>&gt;&amp; file</c> (stdout and stderr to a file).</summary>
    OutputAndError,

    /// <summary><c>&amp;&gt;&gt; file</c></summary>
    AppendOutputAndError,

    /// <summary><c>&gt;&amp;2</c>, <c>2&gt;&amp;1</c>, <c>&gt;&amp;-</c>: descriptor duplication or close, no file.</summary>
    DuplicateOutput,

    /// <summary><c>&lt;&amp;3</c>, <c>&lt;&amp;-</c></summary>
    DuplicateInput,

    /// <summary><c>&lt;&lt; DELIM</c> or <c>&lt;&lt;- DELIM</c>.</summary>
    Heredoc,

    /// <summary><c>&lt;&lt;&lt; word</c></summary>
    HereString,
}
