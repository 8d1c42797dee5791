using System.Collections.Immutable;
using RuleEngine.Syntax;

namespace RuleEngine.Settings;

/// <summary>
/// The scalar permission settings after precedence: the highest-precedence source that sets a key wins,
/// except the stricter-wins flags where a <c>true</c> anywhere wins (settings.md §2).
/// </summary>
public sealed record EffectiveSettings
{
    /// <summary>Nothing set.</summary>
    public static readonly EffectiveSettings Default = new();

    /// <summary>The starting mode and the scope that set it; null when no usable source set one.</summary>
    public (PermissionMode Mode, RuleSource Source)? DefaultMode { get; init; }

    /// <summary>Additional working directories from all sources (project entries only when trusted).</summary>
    public ImmutableArray<string> AdditionalDirectories { get; init; } = [];

    /// <summary><c>blockReadsOutsideWorkingDirectories</c> set anywhere.</summary>
    public bool BlockReadsOutsideWorkingDirectories { get; init; }

    /// <summary><c>blockWritesOutsideWorkingDirectories</c> set anywhere.</summary>
    public bool BlockWritesOutsideWorkingDirectories { get; init; }

    /// <summary><c>denyInsteadOfPrompting</c> from user, <c>--settings</c> or managed settings.</summary>
    public bool DenyInsteadOfPrompting { get; init; }

    /// <summary>Managed <c>allowManagedPermissionRulesOnly</c>.</summary>
    public bool AllowManagedPermissionRulesOnly { get; init; }

    /// <summary><c>disableBypassPermissionsMode</c> set anywhere.</summary>
    public bool DisableBypassPermissionsMode { get; init; }

    /// <summary><c>disableAutoMode</c> set anywhere.</summary>
    public bool DisableAutoMode { get; init; }

    /// <summary><c>useAutoModeDuringPlan</c> (default true).</summary>
    public bool UseAutoModeDuringPlan { get; init; } = true;

    /// <summary>Merges documents given in precedence order.</summary>
    internal static EffectiveSettings Merge(IReadOnlyList<SettingsDocument> docs, bool workspaceTrusted)
    {
        var result = Default;
        var dirs = ImmutableArray.CreateBuilder<string>();
        foreach (SettingsDocument doc in docs)
        {
            PermissionSettings p = doc.Permissions;
            if (result.DefaultMode is null && p.DefaultMode is { } mode && !IsIgnoredMode(mode.Value, doc.Scope))
            {
                result = result with { DefaultMode = (mode.Value, doc.Scope) };
            }

            if (doc.Scope != RuleSource.ProjectSettings || workspaceTrusted)
            {
                dirs.AddRange(p.AdditionalDirectories.Select(d => d.Value));
            }

            result = result with
            {
                BlockReadsOutsideWorkingDirectories = result.BlockReadsOutsideWorkingDirectories || p.BlockReadsOutsideWorkingDirectories == true,
                BlockWritesOutsideWorkingDirectories = result.BlockWritesOutsideWorkingDirectories || p.BlockWritesOutsideWorkingDirectories == true,
                DenyInsteadOfPrompting = result.DenyInsteadOfPrompting || (p.DenyInsteadOfPrompting == true && IsDenyInsteadScope(doc.Scope)),
                AllowManagedPermissionRulesOnly = result.AllowManagedPermissionRulesOnly || (p.AllowManagedPermissionRulesOnly == true && doc.Scope == RuleSource.PolicySettings),
                DisableBypassPermissionsMode = result.DisableBypassPermissionsMode || p.DisableBypassPermissionsMode,
                DisableAutoMode = result.DisableAutoMode || p.DisableAutoMode,
            };
        }

        bool? useAuto = docs.Select(d => d.Permissions.UseAutoModeDuringPlan).FirstOrDefault(v => v is not null);
        return result with { AdditionalDirectories = dirs.ToImmutable(), UseAutoModeDuringPlan = useAuto ?? true };
    }

    /// <summary>settings.md §4: <c>auto</c> and <c>bypassPermissions</c> from project or local settings are ignored.</summary>
    public static bool IsIgnoredMode(PermissionMode mode, RuleSource scope) =>
        mode is PermissionMode.Auto or PermissionMode.BypassPermissions && scope is RuleSource.ProjectSettings or RuleSource.LocalSettings;

    private static bool IsDenyInsteadScope(RuleSource scope) => scope is RuleSource.UserSettings or RuleSource.FlagSettings or RuleSource.PolicySettings;
}
