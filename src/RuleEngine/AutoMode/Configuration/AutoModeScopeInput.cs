using System.Text.Json;
using RuleEngine.Syntax;

namespace RuleEngine.AutoMode.Configuration;

/// <summary>One settings file as the loader hands it over: its scope, its root object and where it came from.</summary>
/// <param name="Source">The scope (only user, <c>--settings</c> and managed settings may configure auto mode).</param>
/// <param name="Settings">The settings root object (the <c>autoMode</c> key is looked up in it).</param>
/// <param name="Path">The file, for diagnostics; null for inline JSON.</param>
public sealed record AutoModeScopeInput(RuleSource Source, JsonElement Settings, string? Path = null);
