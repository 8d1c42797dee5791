namespace RuleEngine.Evaluation;

/// <summary>The outcome of evaluating a tool call.</summary>
public enum DecisionBehavior
{
    /// <summary>Run without a prompt.</summary>
    Allow,

    /// <summary>A person must approve (or the mode turns it into deny / a classifier call).</summary>
    Ask,

    /// <summary>Blocked.</summary>
    Deny,

    /// <summary>No rule or check decided (becomes ask unless a host decides).</summary>
    Passthrough,
}
