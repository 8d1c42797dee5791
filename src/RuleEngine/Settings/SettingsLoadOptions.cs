using System.Collections.Immutable;
using RuleEngine.Syntax;

namespace RuleEngine.Settings;

/// <summary>A settings file named explicitly, with the scope it is loaded as.</summary>
/// <param name="Path">The file.</param>
/// <param name="Scope">The scope.</param>
public sealed record SettingsFileSpec(string Path, RuleSource Scope);

/// <summary>Which settings files to load (settings.md §1). Immutable; pass explicitly.</summary>
public sealed record SettingsLoadOptions
{
    /// <summary>The project root: loads <c>.claude/settings.json</c> (project) and <c>.claude/settings.local.json</c> (local).</summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>The home directory for user settings (<c>~/.claude/settings.json</c>); null skips user settings.</summary>
    public string? HomeDirectory { get; init; }

    /// <summary>The managed-settings folder (<c>managed-settings.json</c> + <c>managed-settings.d/*.json</c>); null skips managed settings.</summary>
    public string? ManagedDirectory { get; init; }

    /// <summary><c>--settings</c> files (scope <see cref="RuleSource.FlagSettings"/>), in order.</summary>
    public ImmutableArray<string> FlagSettingsFiles { get; init; } = [];

    /// <summary>Further files with explicit scopes (e.g. the files given to <c>rulec check</c>).</summary>
    public ImmutableArray<SettingsFileSpec> Files { get; init; } = [];

    /// <summary>Whether the user accepted the workspace-trust dialog; project allow rules and directories need it (settings.md §3).</summary>
    public bool WorkspaceTrusted { get; init; }

    /// <summary>The platform's default managed-settings folder.</summary>
    public static string DefaultManagedDirectory =>
        OperatingSystem.IsMacOS() ? "/Library/Application Support/ClaudeCode"
        : OperatingSystem.IsWindows() ? @"C:\Program Files\ClaudeCode"
        : "/etc/claude-code";

    /// <summary>The current user's home directory.</summary>
    public static string DefaultHomeDirectory =>
        Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}
