using System.Collections.Immutable;
using RuleEngine.Syntax;

namespace RuleEngine.AutoMode;

/// <summary>
/// The rule list with auto mode's dangerous allow rules removed (auto-mode.md §1–§2). Only allow rules
/// are ever removed; the order of the remaining rules is unchanged.
/// </summary>
public sealed class AutoModeRuleSet
{
    private AutoModeRuleSet(IReadOnlyList<RuleEntry> original, ImmutableArray<RuleEntry> active, ImmutableArray<DroppedRule> dropped)
    {
        Original = original;
        ActiveRules = active;
        Dropped = dropped;
        DroppedBySource = dropped
            .GroupBy(d => d.Entry.Source)
            .ToImmutableDictionary(g => g.Key, g => (IReadOnlyList<RuleEntry>)g.Select(d => d.Entry).ToImmutableArray());
    }

    /// <summary>The list auto mode was entered with, unchanged.</summary>
    public IReadOnlyList<RuleEntry> Original { get; }

    /// <summary>The rules in effect while auto mode is on (a subsequence of <see cref="Original"/>).</summary>
    public IReadOnlyList<RuleEntry> ActiveRules { get; }

    /// <summary>The allow rules set aside, in list order.</summary>
    public IReadOnlyList<DroppedRule> Dropped { get; }

    /// <summary>The rules set aside, grouped by the scope they came from.</summary>
    public IReadOnlyDictionary<RuleSource, IReadOnlyList<RuleEntry>> DroppedBySource { get; }

    /// <summary>One log line per dropped rule.</summary>
    public IEnumerable<string> Messages => Dropped.Select(d => d.Message);

    /// <summary>Splits <paramref name="rules"/> into the rules kept and the dangerous allow rules set aside.</summary>
    public static AutoModeRuleSet Create(IReadOnlyList<RuleEntry> rules, bool classifyAllShell = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var active = ImmutableArray.CreateBuilder<RuleEntry>(rules.Count);
        var dropped = ImmutableArray.CreateBuilder<DroppedRule>();
        for (int i = 0; i < rules.Count; i++)
        {
            RuleEntry entry = rules[i];
            DangerousRule? reason = entry.Behavior == RuleBehavior.Allow ? DangerousRuleDetector.Analyze(entry.Rule, classifyAllShell) : null;
            if (reason is null)
            {
                active.Add(entry);
            }
            else
            {
                dropped.Add(new DroppedRule(entry, i, reason));
            }
        }

        return new AutoModeRuleSet(rules.ToImmutableArray(), active.ToImmutable(), dropped.ToImmutable());
    }
}
