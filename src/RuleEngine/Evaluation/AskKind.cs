namespace RuleEngine.Evaluation;

/// <summary>
/// Why a call asks, which decides what can still approve it (decision.md §2 steps 8–10):
/// ordered from weakest to firmest so a compound command takes the maximum over its parts.
/// </summary>
public enum AskKind
{
    /// <summary>Not an ask.</summary>
    None,

    /// <summary>No rule or check decided; any tool-wide allow or mode can approve.</summary>
    Passthrough,

    /// <summary>"Cannot be checked" (outside the working directories, substitution, cd+git, …): a tool-wide allow rule lifts it.</summary>
    CannotCheck,

    /// <summary>A safety check (protected path): only bypassPermissions approves.</summary>
    Safety,

    /// <summary>An ask rule or a bypass-immune check (critical removal, denied command in a -c script): nothing approves it.</summary>
    Firm,
}
