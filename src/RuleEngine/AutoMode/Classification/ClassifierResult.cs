namespace RuleEngine.AutoMode.Classification;

/// <summary>The answer of an <see cref="IClassifier"/>.</summary>
/// <param name="Verdict">Allow, block or no verdict.</param>
/// <param name="Reason">A short reason; for a block it is shown to Claude, for no verdict it explains the failure.</param>
/// <param name="NoVerdictReason">Set exactly when <paramref name="Verdict"/> is <see cref="ClassifierVerdict.NoVerdict"/>.</param>
/// <param name="RuleId">The built-in rule that decided, when a rule-based classifier answered.</param>
public sealed record ClassifierResult(ClassifierVerdict Verdict, string Reason, NoVerdictReason? NoVerdictReason = null, string? RuleId = null)
{
    /// <summary>The fixed reason Claude Code shows for a block without a specific reason.</summary>
    public const string DefaultBlockReason = "Blocked by classifier";

    /// <summary>True for a block verdict (the only kind the circuit breaker counts).</summary>
    public bool IsBlock => Verdict == ClassifierVerdict.Block;

    /// <summary>An allow verdict.</summary>
    public static ClassifierResult Allow(string reason, string? ruleId = null) => new(ClassifierVerdict.Allow, reason, null, ruleId);

    /// <summary>A block verdict.</summary>
    public static ClassifierResult Block(string reason, string? ruleId = null) =>
        new(ClassifierVerdict.Block, string.IsNullOrWhiteSpace(reason) ? DefaultBlockReason : reason, null, ruleId);

    /// <summary>No verdict, with the failure kind and a human reason.</summary>
    public static ClassifierResult NoVerdict(NoVerdictReason why, string reason) => new(ClassifierVerdict.NoVerdict, reason, why);

    /// <summary>The denial reason of auto-mode.md §8 for a no-verdict result: "Classifier unavailable" or "could not evaluate".</summary>
    public string DenialText => Verdict != ClassifierVerdict.NoVerdict
        ? Reason
        : NoVerdictReason == Classification.NoVerdictReason.Unavailable ? "Classifier unavailable" : "could not evaluate";
}
