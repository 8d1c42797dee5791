using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

/// <summary>A Bash content rule with its pattern compiled once.</summary>
internal sealed record BashRule(RuleEntry Entry, BashPattern Pattern);
