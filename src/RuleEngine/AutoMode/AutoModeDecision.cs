using RuleEngine.AutoMode.Classification;

namespace RuleEngine.AutoMode;

/// <summary>What <see cref="AutoModeGate"/> decided for one call.</summary>
/// <param name="Outcome">Allow, deny or prompt.</param>
/// <param name="Reason">The text for the decision reason: the classifier's reason, "Classifier unavailable", "could not evaluate", or why it prompts.</param>
/// <param name="Classifier">The classifier's answer, or null when the classifier was not asked (paused) or its verdict was discarded.</param>
/// <param name="Pause">The circuit-breaker limit this call triggered, if any.</param>
public sealed record AutoModeDecision(AutoModeOutcome Outcome, string Reason, ClassifierResult? Classifier, PauseReason? Pause = null)
{
    /// <summary>True for a denial that may be retried by a <c>PermissionDenied</c> hook and is listed as "Recently denied" (classifier blocks only).</summary>
    public bool IsRetryableDenial => Outcome == AutoModeOutcome.Deny && Classifier is { Verdict: ClassifierVerdict.Block };
}
