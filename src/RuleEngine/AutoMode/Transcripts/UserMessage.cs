namespace RuleEngine.AutoMode.Transcripts;

/// <summary>A message the user typed, e.g. "run the tests and push".</summary>
/// <param name="Text">The message text.</param>
public sealed record UserMessage(string Text) : TranscriptEntry;
