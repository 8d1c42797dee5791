using RuleEngine.AutoMode.Classification;
using RuleEngine.AutoMode.Configuration;
using RuleEngine.AutoMode.Transcripts;

namespace RuleEngine.AutoMode;

/// <summary>
/// The seam between the decision engine and auto mode's slow path: for a call that the fast path left
/// open (auto-mode.md §3 step 3) it consults the circuit breaker, asks the classifier under a deadline,
/// counts the verdict and returns allow / deny / prompt. The engine reports every other allowed call
/// through <see cref="RecordAllowed"/> and prompt approvals through <see cref="RecordUserApproval"/>.
/// </summary>
public sealed class AutoModeGate
{
    private readonly IClassifier _classifier;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a gate for one session.</summary>
    /// <param name="classifier">The classifier (built-in, HTTP or the host's own).</param>
    /// <param name="config">The effective autoMode configuration.</param>
    /// <param name="timeout">How long one classification may take.</param>
    /// <param name="interactive">False when nobody can be prompted (<c>-p</c> without a prompt tool).</param>
    public AutoModeGate(IClassifier classifier, AutoModeConfig config, TimeSpan timeout, bool interactive = true)
    {
        _classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
        Config = config ?? throw new ArgumentNullException(nameof(config));
        _timeout = timeout;
        Interactive = interactive;
    }

    /// <summary>The effective autoMode configuration sent with every request.</summary>
    public AutoModeConfig Config { get; }

    /// <summary>False when nobody can be prompted.</summary>
    public bool Interactive { get; }

    /// <summary>The session's circuit breaker.</summary>
    public DenialTracker Tracker { get; } = new();

    /// <summary>A call was allowed by a rule, the fast path or a hook: resets the consecutive block count.</summary>
    public void RecordAllowed() => Tracker.RecordAllowed();

    /// <summary>The user approved a prompted call: resumes auto mode if it was paused.</summary>
    public void RecordUserApproval() => Tracker.RecordUserApproval();

    /// <summary>
    /// Decides a call the fast path left open. <paramref name="modeChanged"/> is cancelled by the host when the
    /// permission mode changes while the classifier is deciding: the verdict is then discarded and the call
    /// prompts (§3 step 5; a dontAsk host turns that prompt into a denial).
    /// </summary>
    public async ValueTask<AutoModeDecision> DecideAsync(
        ClassifierAction action,
        IEnumerable<TranscriptEntry> transcript,
        string? claudeMd = null,
        string? workingDirectory = null,
        string? homeDirectory = null,
        CancellationToken modeChanged = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(transcript);
        switch (Tracker.Route(Interactive))
        {
            case AutoModeRoute.Prompt:
                return new AutoModeDecision(AutoModeOutcome.Prompt, "auto mode is paused after repeated classifier denials", null);
            case AutoModeRoute.Deny:
                return new AutoModeDecision(AutoModeOutcome.Deny, "auto mode is paused after repeated classifier denials and no prompt is available", null);
        }

        var request = new ClassificationRequest(action, TranscriptFilter.ForClassifier(transcript), claudeMd, Config)
        {
            WorkingDirectory = workingDirectory,
            HomeDirectory = homeDirectory,
        };
        ClassifierResult result = await ClassifierRunner.ClassifyAsync(_classifier, request, _timeout, modeChanged).ConfigureAwait(false);
        if (modeChanged.IsCancellationRequested)
        {
            return new AutoModeDecision(AutoModeOutcome.Prompt, "the permission mode changed while the classifier was deciding", null);
        }

        switch (result.Verdict)
        {
            case ClassifierVerdict.Allow:
                Tracker.RecordAllowed();
                return new AutoModeDecision(AutoModeOutcome.Allow, result.Reason, result);
            case ClassifierVerdict.NoVerdict:
                return new AutoModeDecision(AutoModeOutcome.Deny, result.DenialText, result);
            default:
                PauseReason? pause = Tracker.RecordBlock(action, result.Reason);
                AutoModeOutcome outcome = pause is not null && Interactive ? AutoModeOutcome.Prompt : AutoModeOutcome.Deny;
                return new AutoModeDecision(outcome, result.Reason, result, pause);
        }
    }
}
