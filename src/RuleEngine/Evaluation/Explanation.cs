using System.Collections.Immutable;

namespace RuleEngine.Evaluation;

/// <summary>A decision plus every rule that was considered for the call, with its match status and nearest miss.</summary>
/// <param name="Call">The call.</param>
/// <param name="Decision">The decision (same as <see cref="PermissionEngine.Decide"/>).</param>
/// <param name="Rules">Rules for the call's tool (and the path rules a Bash command consults), in evaluation order.</param>
public sealed record Explanation(ToolCall Call, Decision Decision, ImmutableArray<RuleTrace> Rules);
