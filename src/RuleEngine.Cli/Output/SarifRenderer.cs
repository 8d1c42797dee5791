using System.Buffers;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RuleEngine.Diagnostics;

namespace RuleEngine.Cli.Output;

/// <summary>
/// Writes a SARIF 2.1.0 log that GitHub code scanning accepts: one run whose <c>tool.driver.rules</c> lists
/// every descriptor of <see cref="Descriptors.All"/>, and one result per diagnostic with a
/// <c>%SRCROOT%</c>-relative artifact URI, a 1-based region (end column exclusive) and a partial
/// fingerprint that stays stable while lines move (Output/README.md).
/// </summary>
internal sealed class SarifRenderer : IDiagnosticRenderer
{
    /// <summary>The JSON schema address written to <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The <c>uriBaseId</c> every relative artifact URI uses.</summary>
    public const string SourceRootId = "%SRCROOT%";

    /// <summary>The key of the partial fingerprint in <c>results[].partialFingerprints</c>.</summary>
    public const string FingerprintKey = "rulecRuleText/v1";

    private readonly SarifOptions _options;
    private readonly SourceFiles _sources;
    private readonly string _baseDirectory;

    /// <summary>Creates a renderer; <paramref name="sourceText"/> (optional) supplies file texts for end positions and fingerprints.</summary>
    public SarifRenderer(SarifOptions options, Func<string, string?>? sourceText = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _sources = new SourceFiles(sourceText);
        _baseDirectory = Path.GetFullPath(options.BaseDirectory);
    }

    /// <inheritdoc />
    public void Render(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(output);
        List<DiagnosticDescriptor> rules = [.. Descriptors.All];
        foreach (Diagnostic d in diagnostics)
        {
            if (!rules.Exists(r => r.Id == d.Id))
            {
                rules.Add(d.Descriptor);
            }
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonRenderer.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            json.WriteString("uri", FileUri(_baseDirectory).TrimEnd('/') + "/");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Diagnostic diagnostic in diagnostics)
            {
                WriteResult(json, diagnostic, rules.FindIndex(r => r.Id == diagnostic.Id), occurrences);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>The SARIF <c>level</c>: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>
    /// The artifact URI of <paramref name="path"/>: relative to the base directory with forward slashes and
    /// escaped segments (second item true), or an absolute <c>file:</c> URI when the file lies outside it.
    /// A relative <paramref name="path"/> is taken relative to the base directory.
    /// </summary>
    public (string Uri, bool IsRelative) ArtifactUri(string path)
    {
        string full = Path.GetFullPath(path, _baseDirectory);
        string relative = Path.GetRelativePath(_baseDirectory, full);
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return (FileUri(full), false);
        }

        string[] segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return (string.Join('/', segments.Select(Uri.EscapeDataString)), true);
    }

    /// <summary>
    /// An absolute <c>file:</c> URI for a full path with every segment percent-escaped (so <c>#</c> and
    /// <c>%</c> survive), keeping a Windows drive such as <c>C:</c> as is.
    /// </summary>
    public static string FileUri(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        string[] segments = fullPath.Replace('\\', '/').Split('/');
        string joined = string.Join('/', segments.Select(s => s.Length == 2 && char.IsAsciiLetter(s[0]) && s[1] == ':' ? s : Uri.EscapeDataString(s)));
        return joined.StartsWith('/') ? "file://" + joined : "file:///" + joined;
    }

    private void WriteTool(Utf8JsonWriter json, List<DiagnosticDescriptor> rules)
    {
        Dictionary<string, string> names = DescriptorFieldNames();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "rulec");
        json.WriteString("informationUri", _options.InformationUri);
        json.WriteString("semanticVersion", _options.SemanticVersion);
        json.WriteStartArray("rules");
        foreach (DiagnosticDescriptor rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", names.TryGetValue(rule.Id, out string? name) ? name : rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Id} {rule.Title} (category {rule.Category}, default severity {HumanRenderer.SeverityName(rule.DefaultSeverity)}); each result's message names the rule and ends with the suggested fix");
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex, Dictionary<string, int> occurrences)
    {
        Location location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Help is null ? diagnostic.Message : $"{diagnostic.Message}\nhelp: {diagnostic.Help}");
        json.WriteEndObject();
        if (location.Path is string path)
        {
            (string uri, bool isRelative) = ArtifactUri(path);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", uri);
            if (isRelative)
            {
                json.WriteString("uriBaseId", SourceRootId);
            }

            json.WriteEndObject();
            WriteRegion(json, location);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();

            string key = $"{diagnostic.Id}\n{uri}\n{FingerprintText(diagnostic)}";
            int occurrence = occurrences.TryGetValue(key, out int seen) ? seen + 1 : 1;
            occurrences[key] = occurrence;
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FingerprintKey, $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]}:{occurrence}");
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteRegion(Utf8JsonWriter json, Location location)
    {
        json.WriteStartObject("region");
        if (location.HasPosition)
        {
            (int endLine, int endColumn) = _sources.GetEnd(location);
            json.WriteNumber("startLine", location.Line + 1);
            json.WriteNumber("startColumn", location.Column + 1);
            json.WriteNumber("endLine", endLine + 1);
            json.WriteNumber("endColumn", endColumn + 1);
        }
        else
        {
            // A whole-file finding: GitHub requires a start line, so point at the first line.
            json.WriteNumber("startLine", 1);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// The text a fingerprint is computed from: the JSON string literal (the rule) that encloses the span
    /// start, else the text under the span, else the message.
    /// </summary>
    private string FingerprintText(Diagnostic diagnostic)
    {
        Location location = diagnostic.Location;
        string? text = _sources.GetText(location.Path);
        if (text is null || !location.HasPosition || !location.Span.IsInside(text.Length))
        {
            return diagnostic.Message;
        }

        if (SourceFiles.GetLine(text, location.Line) is string line && EnclosingStringLiteral(line, location.Column) is string literal)
        {
            return literal;
        }

        return location.Span.Length > 0 ? text.Substring(location.Span.Start, location.Span.Length) : diagnostic.Message;
    }

    private static string? EnclosingStringLiteral(string line, int column)
    {
        int open = -1;
        for (int i = 0; i < line.Length; i++)
        {
            if (open >= 0 && line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '"' && open < 0)
            {
                open = i;
            }
            else if (line[i] == '"')
            {
                if (open <= column && column <= i)
                {
                    return line[(open + 1)..i];
                }

                open = -1;
            }
        }

        return null;
    }

    private static Dictionary<string, string> DescriptorFieldNames() => typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (Name: f.Name, Descriptor: (DiagnosticDescriptor)f.GetValue(null)!))
        .GroupBy(x => x.Descriptor.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
}
