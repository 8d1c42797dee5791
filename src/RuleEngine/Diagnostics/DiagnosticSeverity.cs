namespace RuleEngine.Diagnostics;

/// <summary>How serious a diagnostic is (settings.md §8).</summary>
public enum DiagnosticSeverity
{
    /// <summary>Style or information; never fails a check.</summary>
    Info,

    /// <summary>The entry loads but is misleading or never matches.</summary>
    Warning,

    /// <summary>Claude Code skips the entry (or the file cannot be used).</summary>
    Error,
}
