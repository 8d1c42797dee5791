namespace RuleEngine.Settings;

/// <summary>Conversions between <see cref="PermissionMode"/> and its settings/hook names.</summary>
public static class PermissionModeNames
{
    /// <summary>All accepted spellings, in documentation order.</summary>
    public static readonly IReadOnlyList<string> Accepted = ["default", "manual", "acceptEdits", "plan", "auto", "dontAsk", "bypassPermissions"];

    /// <summary>The settings name (<c>default</c> for <see cref="PermissionMode.Default"/>).</summary>
    public static string ToName(this PermissionMode mode) => mode switch
    {
        PermissionMode.Default => "default",
        PermissionMode.AcceptEdits => "acceptEdits",
        PermissionMode.Plan => "plan",
        PermissionMode.DontAsk => "dontAsk",
        PermissionMode.BypassPermissions => "bypassPermissions",
        PermissionMode.Auto => "auto",
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    /// <summary>Parses a mode name (case-sensitive, <c>manual</c> is <c>default</c>).</summary>
    public static bool TryParse(string? name, out PermissionMode mode)
    {
        switch (name)
        {
            case "default" or "manual": mode = PermissionMode.Default; return true;
            case "acceptEdits": mode = PermissionMode.AcceptEdits; return true;
            case "plan": mode = PermissionMode.Plan; return true;
            case "dontAsk": mode = PermissionMode.DontAsk; return true;
            case "bypassPermissions": mode = PermissionMode.BypassPermissions; return true;
            case "auto": mode = PermissionMode.Auto; return true;
            default: mode = PermissionMode.Default; return false;
        }
    }
}
