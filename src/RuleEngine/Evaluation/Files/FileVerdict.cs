namespace RuleEngine.Evaluation.Files;

/// <summary>
/// The result of the file-tool check: behavior, what kind of ask it is (so the engine can apply
/// decision.md §2 steps 8–13) and the reason.
/// </summary>
/// <param name="Behavior">Allow, ask, deny or passthrough.</param>
/// <param name="AskKind">For <see cref="FileVerdictBehavior.Ask"/>: rule, safety check, cannot-check or mode; otherwise None.</param>
/// <param name="Reason">The deciding rule or check.</param>
internal sealed record FileVerdict(FileVerdictBehavior Behavior, FileAskKind AskKind, FileCheckReason Reason)
{
    public static FileVerdict Allow(FileCheckReason reason) => new(FileVerdictBehavior.Allow, FileAskKind.None, reason);

    public static FileVerdict Deny(FileCheckReason reason) => new(FileVerdictBehavior.Deny, FileAskKind.None, reason);

    public static FileVerdict Ask(FileAskKind kind, FileCheckReason reason) => new(FileVerdictBehavior.Ask, kind, reason);

    public static FileVerdict Passthrough(FileCheckReason reason) => new(FileVerdictBehavior.Passthrough, FileAskKind.None, reason);

    /// <summary>True when a tool-wide allow rule for the tool (<c>Read</c>, <c>Edit</c>) may turn this into allow (decision.md §2 step 10).</summary>
    public bool LiftableByToolWideAllow => Behavior == FileVerdictBehavior.Passthrough || AskKind == FileAskKind.CannotCheck;

    /// <summary>True when bypassPermissions turns this into allow (decision.md §2 step 9): everything but deny and rule asks.</summary>
    public bool LiftableByBypass => Behavior == FileVerdictBehavior.Passthrough
        || (Behavior == FileVerdictBehavior.Ask && AskKind != FileAskKind.Rule);

    /// <inheritdoc />
    public override string ToString() => AskKind == FileAskKind.None ? $"{Behavior}: {Reason}" : $"{Behavior} ({AskKind}): {Reason}";
}
