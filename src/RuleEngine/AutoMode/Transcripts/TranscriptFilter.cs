using System.Collections.Immutable;

namespace RuleEngine.AutoMode.Transcripts;

/// <summary>
/// Reduces a transcript to what a classifier may see (auto-mode.md §4): user messages, the assistant's tool
/// calls and hook notes (truncated to 2,000 characters). Tool results and the assistant's prose are removed.
/// </summary>
public static class TranscriptFilter
{
    /// <summary>The classifier's view of <paramref name="transcript"/>, in order.</summary>
    /// <param name="transcript">The full transcript.</param>
    /// <param name="omitReadOnlyCalls">Drop tool calls marked read-only (allowed by §4, shortens the prompt).</param>
    public static ImmutableArray<TranscriptEntry> ForClassifier(IEnumerable<TranscriptEntry> transcript, bool omitReadOnlyCalls = false)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var result = ImmutableArray.CreateBuilder<TranscriptEntry>();
        foreach (TranscriptEntry entry in transcript)
        {
            switch (entry)
            {
                case UserMessage:
                    result.Add(entry);
                    break;
                case AssistantToolCall call when !(omitReadOnlyCalls && call.ReadOnly):
                    result.Add(entry);
                    break;
                case ClassifierContextNote note:
                    result.Add(note.Text.Length > ClassifierContextNote.MaxLength ? new ClassifierContextNote(note.Text[..ClassifierContextNote.MaxLength]) : note);
                    break;
            }
        }

        return result.ToImmutable();
    }
}
