namespace RuleEngine.Shell;

/// <summary>Outcome of analysing one shell command line.</summary>
internal enum AnalysisStatus
{
    /// <summary>Parsed completely; every simple command is listed.</summary>
    Ok,

    /// <summary>Syntax error (unterminated quote, missing <c>fi</c>, NUL byte…); the command must be asked.</summary>
    Unparseable,

    /// <summary>Valid shell the analyser deliberately does not model (<c>[[ ]]</c>, <c>(( ))</c>, deep nesting…); fails closed.</summary>
    TooComplex,

    /// <summary>Over <see cref="ShellAnalyzer.MaxCommandLength"/> characters; commands are listed best-effort for deny matching only.</summary>
    TooLong,
}
