using System.Text;
using RuleEngine.Diagnostics;

namespace RuleEngine.Cli.Output;

/// <summary>
/// Compiler-style text output:
/// <code>
/// settings.json(4,6): error RE0011: malformed rule `Bash(npm test`: `(` is never closed
///     "Bash(npm test",
///          ^
///   help: write `Tool(content)` …
/// </code>
/// followed by a blank line per diagnostic and a final summary such as
/// <c>2 errors, 1 warning, 0 infos in 3 files</c>.
/// </summary>
internal sealed class HumanRenderer : IDiagnosticRenderer
{
    private const string SnippetIndent = "    ";

    private readonly SourceFiles _sources;

    /// <summary>Creates a renderer; <paramref name="sourceText"/> returns a file's text for snippets (null: no snippet).</summary>
    public HumanRenderer(Func<string, string?> sourceText)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        _sources = new SourceFiles(sourceText);
    }

    /// <summary>Renders the diagnostics; the summary counts the distinct files named by them.</summary>
    public void Render(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        int files = diagnostics.Select(d => d.Location.Path).Where(p => p is not null).Distinct(StringComparer.Ordinal).Count();
        Render(diagnostics, output, files);
    }

    /// <summary>Renders the diagnostics; the summary reports <paramref name="fileCount"/> checked files.</summary>
    public void Render(IReadOnlyList<Diagnostic> diagnostics, TextWriter output, int fileCount)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(output);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            output.WriteLine($"{diagnostic.Location}: {SeverityName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}");
            WriteSnippet(diagnostic.Location, output);
            if (diagnostic.Help is not null)
            {
                output.WriteLine($"  help: {diagnostic.Help}");
            }

            output.WriteLine();
        }

        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        int infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        output.WriteLine($"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")} in {Plural(fileCount, "file")}");
    }

    /// <summary>The lowercase severity word used in every output format's text.</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>
    /// The caret line for a span starting at <paramref name="column"/> of <paramref name="line"/>:
    /// tabs before the span are kept so the caret aligns, the underline is clipped to the line and is
    /// at least one character (<c>^</c>, then <c>~</c> for the rest of the span).
    /// </summary>
    public static string CaretLine(string line, int column, int length)
    {
        int start = Math.Clamp(column, 0, line.Length);
        int width = Math.Max(1, Math.Min(length, line.Length - start));
        var sb = new StringBuilder(start + width);
        for (int i = 0; i < start; i++)
        {
            sb.Append(line[i] == '\t' ? '\t' : ' ');
        }

        return sb.Append('^').Append('~', width - 1).ToString();
    }

    private void WriteSnippet(Location location, TextWriter output)
    {
        if (!location.HasPosition || _sources.GetText(location.Path) is not string text || SourceFiles.GetLine(text, location.Line) is not string line)
        {
            return;
        }

        output.WriteLine(SnippetIndent + line);
        output.WriteLine(SnippetIndent + CaretLine(line, location.Column, location.Span.Length));
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
