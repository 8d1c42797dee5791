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
            foreach (RuleEntry entry in _rules.ContentRules(behavior, "Skill"))
            {
                if (SkillMatches(entry.Rule.Content!, skill))
                {
                    return FromRule(entry);
                }
            }
        }

        return Decision.Passthrough(new NoRuleReason($"no rule approves skill `{skill}`"));
    }

    internal static bool SkillMatches(string content, string skill)
    {
        string c = content.StartsWith('/') ? content[1..] : content;
        if (c.EndsWith(" *", StringComparison.Ordinal) || c.EndsWith(":*", StringComparison.Ordinal))
        {
            return skill.StartsWith(c[..^2], StringComparison.Ordinal);
        }

        return string.Equals(c, skill, StringComparison.Ordinal);
    }

    /// <summary>Agent: a denied subagent type is refused when the tool starts; otherwise spawns are allowed outside auto mode (rules.md §7).</summary>
    private Decision CheckAgent(ToolCall call, EvaluationContext context)
    {
        string? type = call.GetString("subagent_type");
        if (type is not null)
        {
            foreach (RuleEntry entry in _rules.ContentRules(RuleBehavior.Deny, "Agent"))
            {
                if (string.Equals(entry.Rule.Content, type, StringComparison.Ordinal))
                {
                    return Decision.Deny(new SafetyCheckReason(SafetyCheckKind.AgentTypeDenied,
                        $"Agent type '{type}' has been denied by permission rule '{entry.Rule}' from {entry.Source.ToName()}", entry));
                }
            }
        }

        if (context.Mode == PermissionMode.Auto)
        {
            return Decision.Passthrough(new NoRuleReason("auto mode sends subagent spawns to the classifier"));
        }

        return Decision.Allow(new OtherReason("subagent spawns are allowed; each of their tool calls is checked"));
    }
}
