using System.Collections.Immutable;
using System.Text;
using RuleEngine.Diagnostics;
using RuleEngine.Settings.Json;
using RuleEngine.Syntax;

namespace RuleEngine.Settings;

/// <summary>
/// Reads one settings file into a <see cref="SettingsDocument"/>. Every problem — missing file, a directory,
/// bytes that are not UTF-8, invalid or too deeply nested JSON, wrong types, invalid rules — becomes a
/// diagnostic with a position; nothing throws.
/// </summary>
public static class SettingsLoader
{
    /// <summary>Known keys of the <c>permissions</c> object (settings.md §4).</summary>
    public static readonly ImmutableArray<string> PermissionKeys =
    [
        "allow", "ask", "deny", "additionalDirectories", "defaultMode", "disableBypassPermissionsMode", "disableAutoMode",
        "blockReadsOutsideWorkingDirectories", "blockWritesOutsideWorkingDirectories", "denyInsteadOfPrompting",
        "blockFileToolReadsOutsideWorkingDirectories", "blockReadsExemptPaths", "workingDirectoriesAsGiven",
        "workingDirectoriesExclude", "allowManagedPermissionRulesOnly",
    ];

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and parses the file at <paramref name="path"/> as settings of <paramref name="scope"/>.</summary>
    public static SettingsDocument LoadFile(string path, RuleSource scope)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                return Failed(path, scope, Descriptors.UnreadableFile, $"`{path}` is a directory, not a settings file", "pass the JSON file itself, e.g. `.claude/settings.json`");
            }

            if (!File.Exists(path))
            {
                return Failed(path, scope, Descriptors.UnreadableFile, $"file `{path}` does not exist", "check the path; settings files are usually `.claude/settings.json` or `~/.claude/settings.json`");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed(path, scope, Descriptors.UnreadableFile, $"cannot read `{path}`: {ex.Message.TrimEnd('.')}", "check the file's permissions");
        }

        return LoadBytes(path, bytes, scope);
    }

    /// <summary>Parses settings from raw bytes (UTF-8, optional BOM).</summary>
    public static SettingsDocument LoadBytes(string path, ReadOnlySpan<byte> bytes, RuleSource scope)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            int byteIndex = ex.Index >= 0 ? ex.Index : 0;
            string prefix = Encoding.UTF8.GetString(bytes[..Math.Min(byteIndex, bytes.Length)]);
            var partial = new SourceText(path, prefix);
            Location at = partial.LocationOf(new TextSpan(prefix.Length, 0));
            return Failed(new SourceText(path, prefix), scope, Diagnostic.Create(Descriptors.NotUtf8, at,
                $"the file is not valid UTF-8 (invalid byte at offset {byteIndex})", "save the file as UTF-8"));
        }

        return LoadText(path, text, scope);
    }

    /// <summary>Parses settings from decoded text.</summary>
    public static SettingsDocument LoadText(string path, string text, RuleSource scope)
    {
        var source = new SourceText(path, text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(source, scope, Diagnostic.Create(Descriptors.EmptyFile, source.LocationOf(default),
                "the settings file is empty", "write `{}` or a settings object such as `{\"permissions\": {\"allow\": []}}`"));
        }

        JsonNode root;
        try
        {
            root = PositionedJsonParser.Parse(text);
        }
        catch (JsonParseException ex)
        {
            var descriptor = ex.TooDeep ? Descriptors.TooDeep : Descriptors.InvalidJson;
            string help = ex.TooDeep ? "settings files are shallow objects; remove the nesting" : "fix the JSON syntax at this position";
            return Failed(source, scope, Diagnostic.Create(descriptor, source.LocationOf(new TextSpan(ex.Offset, ex.Offset < text.Length ? 1 : 0)),
                $"invalid JSON: {ex.Message}", help));
        }

        if (root is not JsonObjectNode obj)
        {
            return Failed(source, scope, Diagnostic.Create(Descriptors.RootNotObject, source.LocationOf(root.Span),
                $"the settings root is {Article(root.KindName)}, expected an object", "wrap the settings in `{ … }`"));
        }

        var reader = new DocumentReader(source, scope);
        return reader.Read(obj);
    }

    internal static string Article(string kind) => kind is "object" or "array" ? $"an {kind}" : $"a {kind}";

    private static SettingsDocument Failed(string path, RuleSource scope, DiagnosticDescriptor descriptor, string message, string help) =>
        Failed(new SourceText(path, string.Empty), scope, Diagnostic.Create(descriptor, Location.InFile(path), message, help));

    private static SettingsDocument Failed(SourceText source, RuleSource scope, Diagnostic diagnostic) =>
        new(source, scope, null, [], [diagnostic], PermissionSettings.Empty);
}
