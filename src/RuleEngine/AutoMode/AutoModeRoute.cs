namespace RuleEngine.AutoMode;

/// <summary>Where an auto-mode call that the fast path left open is decided.</summary>
public enum AutoModeRoute
{
    /// <summary>Ask the classifier.</summary>
    Classifier,

    /// <summary>Auto mode is paused: prompt the user.</summary>
    Prompt,

    /// <summary>Auto mode is paused and nobody can be asked: deny.</summary>
    Deny,
}
