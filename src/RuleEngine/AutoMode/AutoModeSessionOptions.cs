namespace RuleEngine.AutoMode;

/// <summary>Settings that shape how a session enters auto mode.</summary>
/// <param name="ClassifyAllShell">The effective <c>autoMode.classifyAllShell</c>: every Bash/PowerShell allow rule is dropped (auto-mode.md §2.4).</param>
/// <param name="DisableAutoMode">The effective <c>disableAutoMode</c>: auto mode cannot be entered (settings.md §4).</param>
public sealed record AutoModeSessionOptions(bool ClassifyAllShell = false, bool DisableAutoMode = false)
{
    /// <summary>Auto mode available, default rule stripping.</summary>
    public static AutoModeSessionOptions Default { get; } = new();
}
