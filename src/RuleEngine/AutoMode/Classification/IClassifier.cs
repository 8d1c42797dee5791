namespace RuleEngine.AutoMode.Classification;

/// <summary>
/// The slow path of auto mode (auto-mode.md §4): reviews one action the fast path left open and answers
/// allow, block with a reason, or no verdict. Implementations must honour cancellation and never throw for
/// an unavailable or unparseable backend: those become <see cref="ClassifierResult.NoVerdict"/>.
/// </summary>
public interface IClassifier
{
    /// <summary>Classifies <see cref="ClassificationRequest.Action"/> in the light of the rest of the request.</summary>
    /// <param name="request">The action, the filtered transcript, CLAUDE.md and the effective autoMode configuration.</param>
    /// <param name="cancellationToken">Cancels the classification; the caller then treats it as no verdict.</param>
    ValueTask<ClassifierResult> ClassifyAsync(ClassificationRequest request, CancellationToken cancellationToken = default);
}
