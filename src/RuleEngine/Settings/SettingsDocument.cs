using System.Collections.Immutable;
using RuleEngine.Diagnostics;
using RuleEngine.Settings.Json;
using RuleEngine.Syntax;

namespace RuleEngine.Settings;

/// <summary>
/// One settings file, parsed: its scope, every rule entry with its exact position, the typed permission
/// keys it sets and every diagnostic found while reading it (nothing here throws on bad input).
/// </summary>
public sealed class SettingsDocument
{
    internal SettingsDocument(
        SourceText source,
        RuleSource scope,
        JsonObjectNode? root,
        ImmutableArray<RuleText> rules,
        ImmutableArray<Diagnostic> diagnostics,
        PermissionSettings permissions)
    {
        Source = source;
        Scope = scope;
        Root = root;
        Rules = rules;
        Diagnostics = diagnostics;
        Permissions = permissions;
    }

    /// <summary>The file's text and line map.</summary>
    public SourceText Source { get; }

    /// <summary>The file's path.</summary>
    public string Path => Source.Path;

    /// <summary>The scope the file was loaded as.</summary>
    public RuleSource Scope { get; }

    /// <summary>Every rule string in <c>permissions.allow/ask/deny</c>, valid or not, in file order.</summary>
    public ImmutableArray<RuleText> Rules { get; }

    /// <summary>File-level, schema and rule diagnostics with file locations.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The typed scalar permission keys this file sets.</summary>
    public PermissionSettings Permissions { get; }

    /// <summary>True when the file could be read and parsed as a JSON object.</summary>
    public bool IsUsable => Root is not null;

    /// <summary>The parsed root object (null when the file could not be parsed).</summary>
    internal JsonObjectNode? Root { get; }

    /// <summary>The <c>autoMode</c> value, re-serialised for consumers that use System.Text.Json, with its location.</summary>
    internal JsonNode? AutoModeNode => Root?.Find("autoMode")?.Value;
}
