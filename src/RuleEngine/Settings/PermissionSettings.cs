using System.Collections.Immutable;
using RuleEngine.Diagnostics;

namespace RuleEngine.Settings;

/// <summary>A settings value together with where it was written.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Location">Its position in the file.</param>
public sealed record Located<T>(T Value, Location Location);

/// <summary>The scalar and directory keys of one file's <c>permissions</c> object (settings.md §4–§5); null when absent.</summary>
public sealed record PermissionSettings
{
    /// <summary>An empty set of keys.</summary>
    public static readonly PermissionSettings Empty = new();

    /// <summary><c>permissions.defaultMode</c>.</summary>
    public Located<PermissionMode>? DefaultMode { get; init; }

    /// <summary><c>permissions.additionalDirectories</c>.</summary>
    public ImmutableArray<Located<string>> AdditionalDirectories { get; init; } = [];

    /// <summary><c>permissions.disableBypassPermissionsMode: "disable"</c>.</summary>
    public bool DisableBypassPermissionsMode { get; init; }

    /// <summary><c>disableAutoMode: "disable"</c> (in permissions or at the top level).</summary>
    public bool DisableAutoMode { get; init; }

    /// <summary><c>permissions.blockReadsOutsideWorkingDirectories</c>.</summary>
    public bool? BlockReadsOutsideWorkingDirectories { get; init; }

    /// <summary><c>permissions.blockWritesOutsideWorkingDirectories</c>.</summary>
    public bool? BlockWritesOutsideWorkingDirectories { get; init; }

    /// <summary><c>permissions.denyInsteadOfPrompting</c>.</summary>
    public bool? DenyInsteadOfPrompting { get; init; }

    /// <summary><c>allowManagedPermissionRulesOnly</c> (effective only from managed settings).</summary>
    public bool? AllowManagedPermissionRulesOnly { get; init; }

    /// <summary><c>useAutoModeDuringPlan</c> (top level; default true).</summary>
    public bool? UseAutoModeDuringPlan { get; init; }
}
