using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

/// <summary>How one rule related to a call in <c>explain</c>: whether it matched, and if not, the nearest miss.</summary>
/// <param name="Entry">The rule with its provenance.</param>
/// <param name="Matched">True when the rule matches the call (or one of its subcommands).</param>
/// <param name="Note">What matched, or why it did not (one line per subcommand, joined by newlines).</param>
public sealed record RuleTrace(RuleEntry Entry, bool Matched, string Note);
