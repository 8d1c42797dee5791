namespace RuleEngine.AutoMode.Transcripts;

/// <summary>The output of a tool call. Never shown to a classifier: content the agent read must not argue for approval.</summary>
/// <param name="Content">The tool output.</param>
public sealed record ToolResult(string Content) : TranscriptEntry;
