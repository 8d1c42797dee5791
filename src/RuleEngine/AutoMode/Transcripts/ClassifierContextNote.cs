namespace RuleEngine.AutoMode.Transcripts;

/// <summary>A short <c>classifierContext</c> note added by a PostToolUse hook (at most 2,000 characters are kept).</summary>
/// <param name="Text">The note.</param>
public sealed record ClassifierContextNote(string Text) : TranscriptEntry
{
    /// <summary>The most characters of one note a classifier sees (auto-mode.md §4).</summary>
    public const int MaxLength = 2000;
}
