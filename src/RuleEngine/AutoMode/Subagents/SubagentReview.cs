using RuleEngine.AutoMode.Classification;

namespace RuleEngine.AutoMode.Subagents;

/// <summary>The end-of-run review of a subagent.</summary>
/// <param name="Verdict">The classifier's answer about the whole history.</param>
/// <param name="ResultText">The subagent's result, with a warning prepended when flagged or unreviewed.</param>
public sealed record SubagentReview(ClassifierResult Verdict, string ResultText)
{
    /// <summary>True when a warning was prepended.</summary>
    public bool HasWarning => Verdict.Verdict != ClassifierVerdict.Allow;
}
