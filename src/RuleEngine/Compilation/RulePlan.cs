using System.Collections.Immutable;
using RuleEngine.Evaluation;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// The rules lowered once, after parsing: per list, the Bash rules with their kind, literal pieces and
/// bucket key (<see cref="BashPlanRule"/>). Immutable; the index and the back-ends are built from it.
/// </summary>
internal sealed class RulePlan
{
    private readonly ImmutableArray<BashPlanRule>[] _bash;

    public RulePlan(PolicyRules rules)
    {
        Rules = rules;
        _bash = new ImmutableArray<BashPlanRule>[3];
        foreach (RuleBehavior list in (ReadOnlySpan<RuleBehavior>)[RuleBehavior.Allow, RuleBehavior.Ask, RuleBehavior.Deny])
        {
            ImmutableArray<BashRule> bash = rules.BashFor(list);
            var lowered = ImmutableArray.CreateBuilder<BashPlanRule>(bash.Length);
            for (int i = 0; i < bash.Length; i++)
            {
                if (BashPlanRule.Lower(i, list, bash[i]) is { } rule)
                {
                    lowered.Add(rule);
                }
            }

            _bash[(int)list] = lowered.ToImmutable();
        }
    }

    /// <summary>The rules split by list.</summary>
    public PolicyRules Rules { get; }

    /// <summary>The lowered Bash rules of <paramref name="list"/>, ordinal ascending (rules that never match are left out).</summary>
    public ImmutableArray<BashPlanRule> Bash(RuleBehavior list) => _bash[(int)list];
}
