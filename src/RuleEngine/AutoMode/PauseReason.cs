namespace RuleEngine.AutoMode;

/// <summary>Which limit of the circuit breaker paused auto mode.</summary>
public enum PauseReason
{
    /// <summary>Three classifier blocks in a row.</summary>
    ConsecutiveLimit,

    /// <summary>Twenty classifier blocks in the session (the total then starts again at zero).</summary>
    TotalLimit,
}
