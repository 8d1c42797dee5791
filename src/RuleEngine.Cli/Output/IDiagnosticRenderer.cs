using RuleEngine.Diagnostics;

namespace RuleEngine.Cli.Output;

/// <summary>Writes a list of diagnostics in one output format (human, JSON, SARIF).</summary>
internal interface IDiagnosticRenderer
{
    /// <summary>Writes <paramref name="diagnostics"/>, in the given order, to <paramref name="output"/>.</summary>
    void Render(IReadOnlyList<Diagnostic> diagnostics, TextWriter output);
}
