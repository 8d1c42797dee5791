namespace RuleEngine.AutoMode.Transcripts;

/// <summary>
/// One item of a session transcript, reduced to what auto mode needs: user messages, assistant prose,
/// assistant tool calls, tool results and hook notes. Only some kinds reach a classifier (<see cref="TranscriptFilter"/>).
/// </summary>
public abstract record TranscriptEntry;
