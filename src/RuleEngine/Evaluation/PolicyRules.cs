using System.Collections.Immutable;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

/// <summary>The active rules split by list, in evaluation order (deny, ask, allow), each list in load order.</summary>
internal sealed class PolicyRules
{
    public PolicyRules(IEnumerable<RuleEntry> rules)
    {
        ImmutableArray<RuleEntry> all = rules.ToImmutableArray();
        All = all;
        Deny = all.Where(r => r.Behavior == RuleBehavior.Deny).ToImmutableArray();
        Ask = all.Where(r => r.Behavior == RuleBehavior.Ask).ToImmutableArray();
        Allow = all.Where(r => r.Behavior == RuleBehavior.Allow).ToImmutableArray();
    }

    public ImmutableArray<RuleEntry> All { get; }

    public ImmutableArray<RuleEntry> Deny { get; }

    public ImmutableArray<RuleEntry> Ask { get; }

    public ImmutableArray<RuleEntry> Allow { get; }

    public ImmutableArray<RuleEntry> For(RuleBehavior behavior) => behavior switch
    {
        RuleBehavior.Deny => Deny,
        RuleBehavior.Ask => Ask,
        _ => Allow,
    };

    /// <summary>Content rules of <paramref name="behavior"/> naming exactly <paramref name="tool"/>.</summary>
    public IEnumerable<RuleEntry> ContentRules(RuleBehavior behavior, string tool)
    {
        foreach (RuleEntry r in For(behavior))
        {
            if (r.Rule.Content is not null && string.Equals(r.Rule.ToolName, tool, StringComparison.Ordinal))
            {
                yield return r;
            }
        }
    }
}
