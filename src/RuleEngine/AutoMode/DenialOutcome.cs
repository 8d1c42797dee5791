namespace RuleEngine.AutoMode;

/// <summary>What the host does with a classified action (auto-mode.md §3 step 4, §6).</summary>
public enum DenialOutcome
{
    /// <summary>Classifier allowed: run it.</summary>
    Allowed,

    /// <summary>Classifier blocked: deny with its reason; Claude tries another way.</summary>
    Denied,

    /// <summary>No verdict: deny ("Classifier unavailable" / "could not evaluate"); not counted, not listed.</summary>
    DeniedWithoutVerdict,

    /// <summary>The block reached a limit in an interactive session: auto mode pauses and this action is prompted.</summary>
    PausedPrompt,

    /// <summary>The block reached a limit without a prompt handler: the action is denied and the run continues.</summary>
    PausedDenied,
}
