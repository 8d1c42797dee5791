namespace RuleEngine.Cli.Output;

/// <summary>The diagnostic output formats of <c>rulec</c> (<c>--format human|json|sarif</c>).</summary>
internal enum OutputFormat
{
    /// <summary><c>file(line,col): severity ID: message</c> with a caret snippet and a summary line.</summary>
    Human,

    /// <summary>A JSON array of flat diagnostic objects (Output/README.md).</summary>
    Json,

    /// <summary>SARIF 2.1.0 for GitHub code scanning.</summary>
    Sarif,
}
