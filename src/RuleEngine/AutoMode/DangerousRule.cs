using RuleEngine.Syntax;

namespace RuleEngine.AutoMode;

/// <summary>An allow rule that auto mode sets aside, and why (auto-mode.md §2).</summary>
/// <param name="Rule">The loaded rule.</param>
/// <param name="Kind">Which clause of §2 applies.</param>
/// <param name="Explanation">One lowercase line for humans, e.g. "`python` runs any code it is given".</param>
public sealed record DangerousRule(PermissionRule Rule, DangerousRuleKind Kind, string Explanation);
