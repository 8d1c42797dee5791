using System.Collections.Immutable;
using RuleEngine.AutoMode.Classification;

namespace RuleEngine.AutoMode;

/// <summary>
/// The denial circuit breaker of auto-mode.md §6. Counts classifier <b>blocks</b> only (not rule or hook
/// denials, not no-verdict results): after <see cref="ConsecutiveLimit"/> blocks in a row or
/// <see cref="TotalLimit"/> in the session, auto mode pauses and calls that need a decision prompt instead
/// (or are denied when nobody can be asked). Any allowed action resets the consecutive count; the total
/// resets only when its own limit triggers; approving a prompted action resumes auto mode. Thread-safe.
/// </summary>
public sealed class DenialTracker
{
    /// <summary>Classifier blocks in a row that pause auto mode.</summary>
    public const int ConsecutiveLimit = 3;

    /// <summary>Classifier blocks per session that pause auto mode.</summary>
    public const int TotalLimit = 20;

    private readonly object _gate = new();
    private readonly List<DeniedAction> _recent = [];
    private int _consecutive;
    private int _total;
    private bool _paused;

    /// <summary>Classifier blocks since the last allowed action.</summary>
    public int Consecutive
    {
        get { lock (_gate) { return _consecutive; } }
    }

    /// <summary>Classifier blocks since the session started or the total limit last triggered.</summary>
    public int Total
    {
        get { lock (_gate) { return _total; } }
    }

    /// <summary>True while auto mode is paused: decisions fall back to prompting.</summary>
    public bool IsPaused
    {
        get { lock (_gate) { return _paused; } }
    }

    /// <summary>The actions the classifier blocked (for "Recently denied"); no-verdict denials are not listed.</summary>
    public ImmutableArray<DeniedAction> RecentlyDenied
    {
        get { lock (_gate) { return [.. _recent]; } }
    }

    /// <summary>Feeds one classifier result; returns what the host does with the action.</summary>
    /// <param name="action">The classified action.</param>
    /// <param name="result">The classifier's answer.</param>
    /// <param name="interactive">False for a run without a prompt handler (<c>-p</c>).</param>
    public DenialOutcome Record(ClassifierAction action, ClassifierResult result, bool interactive = true)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Verdict)
        {
            case ClassifierVerdict.Allow:
                RecordAllowed();
                return DenialOutcome.Allowed;
            case ClassifierVerdict.NoVerdict:
                return DenialOutcome.DeniedWithoutVerdict;
            default:
                PauseReason? trigger = RecordBlock(action, result.Reason);
                if (trigger is null)
                {
                    return DenialOutcome.Denied;
                }

                return interactive ? DenialOutcome.PausedPrompt : DenialOutcome.PausedDenied;
        }
    }

    /// <summary>Counts one classifier block; returns the limit that triggered now, or null.</summary>
    public PauseReason? RecordBlock(ClassifierAction action, string reason)
    {
        lock (_gate)
        {
            _consecutive++;
            _total++;
            _recent.Add(new DeniedAction(action, reason));
            PauseReason? trigger = null;
            if (_total >= TotalLimit)
            {
                _total = 0;
                trigger = PauseReason.TotalLimit;
            }
            else if (_consecutive >= ConsecutiveLimit)
            {
                trigger = PauseReason.ConsecutiveLimit;
            }

            if (trigger is not null)
            {
                _paused = true;
            }

            return trigger;
        }
    }

    /// <summary>An action was allowed (by rule, fast path or classifier): the consecutive count resets.</summary>
    public void RecordAllowed()
    {
        lock (_gate)
        {
            _consecutive = 0;
        }
    }

    /// <summary>The user approved a prompted action: the consecutive count resets and auto mode resumes.</summary>
    public void RecordUserApproval()
    {
        lock (_gate)
        {
            _consecutive = 0;
            _paused = false;
        }
    }

    /// <summary>Where a call that needs a decision goes now: the classifier, or (paused) a prompt, or (paused, non-interactive) a denial.</summary>
    public AutoModeRoute Route(bool interactive = true)
    {
        lock (_gate)
        {
            return !_paused ? AutoModeRoute.Classifier : interactive ? AutoModeRoute.Prompt : AutoModeRoute.Deny;
        }
    }
}
