namespace RuleEngine.Shell;

/// <summary>A candidate string, stored in its command's candidate buffer (read it with <see cref="SimpleCommand.CandidateText"/>).</summary>
internal readonly record struct Candidate(int Start, int Length, CandidateUse Use);
