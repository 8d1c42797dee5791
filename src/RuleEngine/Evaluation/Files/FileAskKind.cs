namespace RuleEngine.Evaluation.Files;

/// <summary>What kind of ask the check produced, so the engine knows what may lift it (decision.md §2 steps 8–10).</summary>
internal enum FileAskKind
{
    /// <summary>Not an ask.</summary>
    None,

    /// <summary>A content ask rule matched: ask in every mode, bypass included (deny in dontAsk).</summary>
    Rule,

    /// <summary>A safety check (protected path, uninterpretable input): only bypassPermissions lifts it; a tool-wide allow does not.</summary>
    SafetyCheck,

    /// <summary>"Cannot be checked" (outside the working directories, symlink escape): bypass or a tool-wide allow (<c>Read</c>, <c>Edit</c>) lifts it.</summary>
    CannotCheck,

    /// <summary>The mode asks (plan keeps edits at ask even with an allow rule): bypass lifts it; a tool-wide allow does not.</summary>
    Mode,
}
