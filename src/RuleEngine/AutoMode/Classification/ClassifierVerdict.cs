namespace RuleEngine.AutoMode.Classification;

/// <summary>The three outcomes of a classification (auto-mode.md §4).</summary>
public enum ClassifierVerdict
{
    /// <summary>The action may run.</summary>
    Allow,

    /// <summary>The action is denied; the reason is shown to Claude and it counts for the circuit breaker.</summary>
    Block,

    /// <summary>No usable answer: refused, timed out, unparseable or unavailable. Denied, but not counted (§6, §8).</summary>
    NoVerdict,
}
