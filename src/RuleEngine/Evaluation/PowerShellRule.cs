using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

/// <summary>A PowerShell content rule with its pattern compiled once.</summary>
internal sealed record PowerShellRule(RuleEntry Entry, PowerShellPattern Pattern);
