namespace RuleEngine.Evaluation;

/// <summary>The result of evaluating one tool call: allow, ask or deny, and the reason.</summary>
/// <param name="Behavior">The outcome.</param>
/// <param name="Reason">Why.</param>
public sealed record Decision(DecisionBehavior Behavior, DecisionReason Reason)
{
    /// <summary>An allow decision.</summary>
    public static Decision Allow(DecisionReason reason) => new(DecisionBehavior.Allow, reason);

    /// <summary>An ask decision.</summary>
    public static Decision Ask(DecisionReason reason) => new(DecisionBehavior.Ask, reason);

    /// <summary>A deny decision.</summary>
    public static Decision Deny(DecisionReason reason) => new(DecisionBehavior.Deny, reason);

    /// <summary>A passthrough (no rule decided).</summary>
    public static Decision Passthrough(DecisionReason reason) => new(DecisionBehavior.Passthrough, reason);

    /// <summary>What kind of ask this is (none unless <see cref="Behavior"/> is ask or passthrough).</summary>
    public AskKind AskKind => Behavior switch
    {
        DecisionBehavior.Passthrough => AskKind.Passthrough,
        DecisionBehavior.Ask => KindOf(Reason),
        _ => AskKind.None,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Behavior.ToString().ToLowerInvariant()} {Reason.Summary}";

    private static AskKind KindOf(DecisionReason reason) => reason switch
    {
        RuleReason => AskKind.Firm,
        SafetyCheckReason s => s.Kind switch
        {
            SafetyCheckKind.CriticalRemoval or SafetyCheckKind.NestedScript or SafetyCheckKind.InvalidInput or SafetyCheckKind.InternalError => AskKind.Firm,
            SafetyCheckKind.ProtectedPath or SafetyCheckKind.Symlink or SafetyCheckKind.Unparseable or SafetyCheckKind.ModeRestriction => AskKind.Safety,
            _ => AskKind.CannotCheck,
        },
        SubcommandsReason sub => sub.Parts.Select(p => p.Decision.AskKind).DefaultIfEmpty(AskKind.Passthrough).Max(),
        NoRuleReason => AskKind.Passthrough,
        _ => AskKind.CannotCheck,
    };
}
