using System.Collections.Immutable;
using RuleEngine.Diagnostics;

namespace RuleEngine.AutoMode.Configuration;

/// <summary>The merged configuration and what the loader reported while building it.</summary>
/// <param name="Config">The effective configuration.</param>
/// <param name="Diagnostics">Ignored scopes (RE1017), sections without <c>$defaults</c> (RE1020), wrong types (RE0025), unknown keys.</param>
/// <param name="IgnoredScopes">Scopes whose <c>autoMode</c> block was ignored (project and local settings).</param>
public sealed record AutoModeConfigResult(AutoModeConfig Config, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<AutoModeScopeInput> IgnoredScopes);
