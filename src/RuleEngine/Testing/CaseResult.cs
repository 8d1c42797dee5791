namespace RuleEngine.Testing;

/// <summary>The outcome of one case.</summary>
/// <param name="Id">Case id.</param>
/// <param name="Category">Case category.</param>
/// <param name="Line">1-based line in its file.</param>
/// <param name="Passed">Whether the engine agreed.</param>
/// <param name="Expected">The expected outcome.</param>
/// <param name="Actual">The engine's outcome.</param>
/// <param name="Description">What was evaluated (rules, mode, call).</param>
/// <param name="ActualReason">The engine's reason tree.</param>
/// <param name="ExpectedReason">The reference reason, when the case has one.</param>
public sealed record CaseResult(string Id, string Category, int Line, bool Passed, string Expected, string Actual, string Description, string ActualReason, string? ExpectedReason);
