using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RuleEngine.Diagnostics;

namespace RuleEngine.Cli.Output;

/// <summary>
/// Writes diagnostics as a JSON array of flat objects (schema in Output/README.md): <c>id</c>,
/// <c>severity</c>, <c>category</c>, <c>title</c>, <c>message</c>, <c>help</c>, <c>file</c>, 1-based
/// <c>line</c>/<c>column</c>/<c>endLine</c>/<c>endColumn</c> (end column exclusive), 0-based character
/// <c>offset</c> and <c>length</c>. Position members are null when the location has no position.
/// </summary>
internal sealed class JsonRenderer : IDiagnosticRenderer
{
    private readonly SourceFiles _sources;

    /// <summary>Creates a renderer; <paramref name="sourceText"/> (optional) lets multi-line spans report their true end.</summary>
    public JsonRenderer(Func<string, string?>? sourceText = null)
    {
        _sources = new SourceFiles(sourceText);
    }

    /// <summary>Options shared by the JSON and SARIF writers: indented, no HTML escaping of backticks and quotes.</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public void Render(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        Location location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", HumanRenderer.SeverityName(diagnostic.Severity));
        json.WriteString("category", diagnostic.Descriptor.Category);
        json.WriteString("title", diagnostic.Descriptor.Title);
        json.WriteString("message", diagnostic.Message);
        WriteStringOrNull(json, "help", diagnostic.Help);
        WriteStringOrNull(json, "file", location.Path);
        if (location.HasPosition)
        {
            (int endLine, int endColumn) = _sources.GetEnd(location);
            json.WriteNumber("line", location.Line + 1);
            json.WriteNumber("column", location.Column + 1);
            json.WriteNumber("endLine", endLine + 1);
            json.WriteNumber("endColumn", endColumn + 1);
            json.WriteNumber("offset", location.Span.Start);
            json.WriteNumber("length", location.Span.Length);
        }
        else
        {
            foreach (string name in (ReadOnlySpan<string>)["line", "column", "endLine", "endColumn", "offset", "length"])
            {
                json.WriteNull(name);
            }
        }

        json.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
