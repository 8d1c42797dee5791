using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

public sealed partial class PermissionEngine
{
    /// <summary>Skill: deny → ask → allow on the skill name; exact, or a prefix for <c>name *</c> / <c>name:*</c> (rules.md §8).</summary>
    private Decision CheckSkill(ToolCall call)
    {
        string skill = (call.GetString("skill") ?? string.Empty).TrimStart('/');
        foreach (RuleBehavior behavior in s_order)
        {
            if (_lookup.FindSkill(behavior, skill) is >= 0 and int rule)
            {
                return _rules.RuleDecision(behavior, rule);
            }
        }

        return Decision.Passthrough(new NoRuleReason($"no rule approves skill `{skill}`"));
    }

    /// <summary>Agent: a denied subagent type is refused when the tool starts; otherwise spawns are allowed outside auto mode (rules.md §7).</summary>
    private Decision CheckAgent(ToolCall call, EvaluationContext context)
    {
        string? type = call.GetString("subagent_type");
        if (type is not null)
        {
            if (_lookup.FindAgentDeny(type) is >= 0 and int denied)
            {
                RuleEntry entry = _rules.Deny[denied];
                return Decision.Deny(new SafetyCheckReason(SafetyCheckKind.AgentTypeDenied,
                    $"Agent type '{type}' has been denied by permission rule '{entry.Rule}' from {entry.Source.ToName()}", entry));
            }
        }

        if (context.Mode == PermissionMode.Auto)
        {
            return Decision.Passthrough(new NoRuleReason("auto mode sends subagent spawns to the classifier"));
        }

        return Decision.Allow(new OtherReason("subagent spawns are allowed; each of their tool calls is checked"));
    }
}
