using System.Text.Json;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.AutoMode;

/// <summary>One settings file read for <c>rulec auto-mode</c>: scope, path (or <c>&lt;inline&gt;</c>) and parsed JSON.</summary>
internal sealed class SettingsFile : IDisposable
{
    private readonly JsonDocument _document;

    public SettingsFile(RuleSource source, string path, JsonDocument document)
    {
        Source = source;
        Path = path;
        _document = document;
    }

    public RuleSource Source { get; }

    public string Path { get; }

    public JsonElement Root => _document.RootElement;

    public void Dispose() => _document.Dispose();
}
