namespace RuleEngine.Diagnostics;

/// <summary>Auto-mode diagnostics, <c>RE1100</c>–<c>RE1199</c>.</summary>
public static partial class Descriptors
{
    /// <summary>An unknown key inside the <c>autoMode</c> block.</summary>
    public static readonly DiagnosticDescriptor AutoModeUnknownKey = new("RE1100", "unknown autoMode key", DiagnosticSeverity.Warning, AutoMode);

    /// <summary>A kept Bash allow rule that approves a command which runs arbitrary code (with a witness command).</summary>
    public static readonly DiagnosticDescriptor OverBroadWitness = new("RE1101", "allow rule approves a command that runs arbitrary code", DiagnosticSeverity.Warning, Security);

    /// <summary>The same entry twice in one effective autoMode section.</summary>
    public static readonly DiagnosticDescriptor AutoModeDuplicateEntry = new("RE1102", "duplicate autoMode entry", DiagnosticSeverity.Info, AutoMode);

    /// <summary>An effective autoMode section with no entries at all.</summary>
    public static readonly DiagnosticDescriptor AutoModeEmptySection = new("RE1103", "empty autoMode section", DiagnosticSeverity.Warning, AutoMode);

    /// <summary>A user <c>allow</c> entry that argues against a <c>soft_deny</c> entry (best-effort textual overlap).</summary>
    public static readonly DiagnosticDescriptor AutoModeAllowOverridesSoftDeny = new("RE1104", "autoMode allow entry overrides a soft_deny entry", DiagnosticSeverity.Info, AutoMode);
}
