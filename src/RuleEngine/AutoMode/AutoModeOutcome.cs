namespace RuleEngine.AutoMode;

/// <summary>The final word of auto mode's slow path on one call (auto-mode.md §3 steps 3–5, §6, §8).</summary>
public enum AutoModeOutcome
{
    /// <summary>Run the call (reason: classifier).</summary>
    Allow,

    /// <summary>Deny the call with <see cref="AutoModeDecision.Reason"/>.</summary>
    Deny,

    /// <summary>Prompt the user: auto mode is paused, or the mode changed while the classifier was deciding.</summary>
    Prompt,
}
