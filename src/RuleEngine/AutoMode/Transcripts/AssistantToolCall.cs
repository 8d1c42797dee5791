using RuleEngine.AutoMode.Classification;

namespace RuleEngine.AutoMode.Transcripts;

/// <summary>A tool call Claude made, e.g. Bash <c>git status</c>.</summary>
/// <param name="Action">The tool and its compact input rendering.</param>
/// <param name="ReadOnly">True for a read-only lookup, which a filter may omit.</param>
public sealed record AssistantToolCall(ClassifierAction Action, bool ReadOnly = false) : TranscriptEntry;
