using System.Collections.Immutable;
using RuleEngine.AutoMode.Classification;
using RuleEngine.AutoMode.Configuration;
using RuleEngine.AutoMode.Transcripts;

namespace RuleEngine.AutoMode.Subagents;

/// <summary>
/// The two auto-mode checks around a subagent (auto-mode.md §7): the delegated task is classified at
/// spawn time, and the whole action history is reviewed when the subagent returns; a flagged review
/// prepends a security warning to the result (nothing is undone), a review without verdict prepends an
/// "unreviewed" warning. While the subagent runs, its calls go through the parent's pipeline as usual.
/// </summary>
public sealed class SubagentGuard
{
    /// <summary>The first line of the warning prepended when the review flags an action.</summary>
    public const string FlaggedHeader = "[auto mode] Security warning: the reviewer flagged this subagent's actions.";

    /// <summary>The first line of the warning prepended when the review could not be completed.</summary>
    public const string UnreviewedHeader = "[auto mode] Unreviewed: this subagent's actions could not be reviewed.";

    private readonly IClassifier _classifier;
    private readonly TimeSpan _timeout;

    /// <summary>Creates the guard over <paramref name="classifier"/>; each check runs under <paramref name="timeout"/>.</summary>
    public SubagentGuard(IClassifier classifier, TimeSpan timeout)
    {
        _classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
        _timeout = timeout;
    }

    /// <summary>Classifies an Agent spawn: <c>(subagentType): prompt</c>. A block means the spawn is denied.</summary>
    public ValueTask<ClassifierResult> CheckSpawnAsync(
        string subagentType,
        string prompt,
        IEnumerable<TranscriptEntry> transcript,
        string? claudeMd,
        AutoModeConfig config,
        CancellationToken cancellationToken = default)
    {
        var action = new ClassifierAction("Agent", $"({subagentType}): {prompt}");
        var request = new ClassificationRequest(action, TranscriptFilter.ForClassifier(transcript), claudeMd, config);
        return ClassifierRunner.ClassifyAsync(_classifier, request, _timeout, cancellationToken);
    }

    /// <summary>Reviews a finished subagent's actions and returns the text to hand back to the parent.</summary>
    /// <param name="subagentType">The subagent type, e.g. <c>general-purpose</c>.</param>
    /// <param name="history">Every tool call the subagent made, in order.</param>
    /// <param name="result">The subagent's final answer.</param>
    /// <param name="transcript">The parent transcript (filtered before sending).</param>
    /// <param name="claudeMd">The session's CLAUDE.md, or null.</param>
    /// <param name="config">The effective autoMode configuration.</param>
    /// <param name="cancellationToken">Cancels the review (reported as unreviewed).</param>
    public async ValueTask<SubagentReview> ReviewAsync(
        string subagentType,
        IReadOnlyList<ClassifierAction> history,
        string result,
        IEnumerable<TranscriptEntry> transcript,
        string? claudeMd,
        AutoModeConfig config,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(result);
        if (history.Count == 0)
        {
            return new SubagentReview(ClassifierResult.Allow("no actions to review"), result);
        }

        var action = new ClassifierAction("Agent", $"({subagentType}): review of {history.Count} actions");
        var request = new ClassificationRequest(action, TranscriptFilter.ForClassifier(transcript), claudeMd, config)
        {
            ReviewHistory = [.. history],
        };
        ClassifierResult verdict = await ClassifierRunner.ClassifyAsync(_classifier, request, _timeout, cancellationToken).ConfigureAwait(false);
        string text = verdict.Verdict switch
        {
            ClassifierVerdict.Block => $"{FlaggedHeader}\nReason: {verdict.Reason}\nNothing was undone; check its changes before relying on them.\n\n{result}",
            ClassifierVerdict.NoVerdict => $"{UnreviewedHeader}\nReason: {verdict.Reason}\nCheck its changes before relying on them.\n\n{result}",
            _ => result,
        };
        return new SubagentReview(verdict, text);
    }
}
