using System.Collections.Immutable;
using RuleEngine.AutoMode.Configuration;
using RuleEngine.AutoMode.Transcripts;

namespace RuleEngine.AutoMode.Classification;

/// <summary>Everything a classifier may see for one action (auto-mode.md §4).</summary>
/// <param name="Action">The action to judge.</param>
/// <param name="Transcript">The transcript, already filtered by <see cref="TranscriptFilter"/> (user messages and tool calls only).</param>
/// <param name="ClaudeMd">The session's CLAUDE.md content, or null.</param>
/// <param name="Config">The effective autoMode configuration after <c>$defaults</c> expansion.</param>
public sealed record ClassificationRequest(
    ClassifierAction Action,
    ImmutableArray<TranscriptEntry> Transcript,
    string? ClaudeMd,
    AutoModeConfig Config)
{
    /// <summary>The session's working directory, used to tell in-project from out-of-tree paths; null when unknown.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The user's home directory, for <c>~</c>; null when unknown.</summary>
    public string? HomeDirectory { get; init; }

    /// <summary>Facts the host gathered (e.g. "git status shows uncommitted changes"), passed through verbatim.</summary>
    public ImmutableArray<string> HostFacts { get; init; } = [];

    /// <summary>
    /// For the end-of-run review of a subagent (auto-mode.md §7): the subagent's whole action history. When
    /// non-empty the request asks "did any of these actions cross a block rule?" rather than about <see cref="Action"/> alone.
    /// </summary>
    public ImmutableArray<ClassifierAction> ReviewHistory { get; init; } = [];

    /// <summary>A request for <paramref name="action"/> with an empty transcript and the built-in configuration.</summary>
    public static ClassificationRequest ForAction(ClassifierAction action, AutoModeConfig? config = null) =>
        new(action, [], null, config ?? AutoModeConfig.Default);
}
