namespace RuleEngine.AutoMode.Transcripts;

/// <summary>Claude's own prose. Never shown to a classifier: it could argue for its own approval.</summary>
/// <param name="Text">The prose.</param>
public sealed record AssistantText(string Text) : TranscriptEntry;
