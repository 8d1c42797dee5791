using System.Collections.Immutable;
using RuleEngine.Evaluation;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>The reference back-end: each list is scanned in load order and every rule is tried.</summary>
internal sealed class InterpreterBackend(PolicyRules rules) : IRuleLookup
{
    public RuleBackend Backend => RuleBackend.Interpreter;

    // Steps 4–5 for one list: a content-less rule matching the tool, or a parameter rule matching the input.
    private int FindToolLevel(RuleBehavior behavior, ToolCall call)
    {
        ImmutableArray<RuleEntry> list = rules.For(behavior);
        for (int i = 0; i < list.Length; i++)
        {
            PermissionRule rule = list[i].Rule;
            if (ToolRuleMatcher.MatchesToolWide(rule, call.ToolName) || ToolRuleMatcher.MatchesParameter(rule, call))
            {
                return i;
            }
        }

        return -1;
    }

    public int FindToolLevel(ToolCall call, out RuleBehavior list, out int toolWideAllow)
    {
        toolWideAllow = -2;
        list = RuleBehavior.Deny;
        if (FindToolLevel(RuleBehavior.Deny, call) is >= 0 and int deny)
        {
            return deny;
        }

        list = RuleBehavior.Ask;
        return FindToolLevel(RuleBehavior.Ask, call);
    }

    public int FindToolWideAllow(string toolName, bool fileLift)
    {
        ImmutableArray<RuleEntry> list = rules.Allow;
        for (int i = 0; i < list.Length; i++)
        {
            if (fileLift && list[i].IsWrittenStar)
            {
                continue;
            }

            if (ToolRuleMatcher.MatchesToolWide(list[i].Rule, toolName))
            {
                return i;
            }
        }

        return -1;
    }

    public int FindBash(RuleBehavior list, SimpleCommand command, BashRuleKinds kinds)
    {
        ImmutableArray<BashRule> bash = rules.BashFor(list);
        for (int i = 0; i < bash.Length; i++)
        {
            BashPattern pattern = bash[i].Pattern;
            BashRuleKinds kind = pattern.IsExact ? BashRuleKinds.Exact : BashRuleKinds.Pattern;
            if ((kinds & kind) != 0 && pattern.Matches(command, list))
            {
                return i;
            }
        }

        return -1;
    }

    // The first domain: rule of one list matching the normalised host.
    private int FindDomain(RuleBehavior list, ReadOnlySpan<char> host)
    {
        ImmutableArray<RuleEntry> entries = rules.For(list);
        for (int i = 0; i < entries.Length; i++)
        {
            if (rules.DomainAt(list, i) is { } pattern && pattern.Matches(host))
            {
                return i;
            }
        }

        return -1;
    }

    public int FindDomain(ReadOnlySpan<char> host, out RuleBehavior list)
    {
        foreach (RuleBehavior behavior in (ReadOnlySpan<RuleBehavior>)[RuleBehavior.Deny, RuleBehavior.Ask, RuleBehavior.Allow])
        {
            if (FindDomain(behavior, host) is >= 0 and int rule)
            {
                list = behavior;
                return rule;
            }
        }

        list = RuleBehavior.Deny;
        return -1;
    }

    public int FindSkill(RuleBehavior list, string skill)
    {
        ImmutableArray<RuleEntry> entries = rules.For(list);
        for (int i = 0; i < entries.Length; i++)
        {
            PermissionRule rule = entries[i].Rule;
            if (rule.Content is { } content && rule.ToolName == "Skill" && SkillRules.Matches(content, skill))
            {
                return i;
            }
        }

        return -1;
    }

    public int FindAgentDeny(string subagentType)
    {
        ImmutableArray<RuleEntry> entries = rules.Deny;
        for (int i = 0; i < entries.Length; i++)
        {
            PermissionRule rule = entries[i].Rule;
            if (rule.ToolName == "Agent" && string.Equals(rule.Content, subagentType, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
