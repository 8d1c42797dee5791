namespace RuleEngine.Evaluation.Files;

/// <summary>The outcome of the file-tool check (decision.md §2 step 6).</summary>
internal enum FileVerdictBehavior
{
    /// <summary>Approved by a rule, the mode or the working directory.</summary>
    Allow,

    /// <summary>A person must approve; see <see cref="FileAskKind"/> for what may lift it.</summary>
    Ask,

    /// <summary>Blocked in every mode.</summary>
    Deny,

    /// <summary>Nothing decided: the engine applies bypass, tool-wide allow rules, hooks, then asks.</summary>
    Passthrough,
}
