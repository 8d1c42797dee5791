using System.Collections.Frozen;
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
        BashDeny = CompileBash(Deny);
        BashAsk = CompileBash(Ask);
        BashAllow = CompileBash(Allow);
        PowerShellDeny = CompilePowerShell(Deny);
        PowerShellAsk = CompilePowerShell(Ask);
        PowerShellAllow = CompilePowerShell(Allow);
        HasReadDeny = Deny.Any(r => r.Rule.ToolName == "Read" && r.Rule.Content is not null);
        _decisions = [RuleDecisions(Allow), RuleDecisions(Ask), RuleDecisions(Deny)]; // indexed by (int)RuleBehavior
        _bashDecisions = [RuleDecisions(BashAllow.Select(r => r.Entry)), RuleDecisions(BashAsk.Select(r => r.Entry)), RuleDecisions(BashDeny.Select(r => r.Entry))];
        _domains = [CompileDomains(Allow), CompileDomains(Ask), CompileDomains(Deny)];
        var pathDecisions = new Dictionary<RuleEntry, Decision>(ReferenceEqualityComparer.Instance);
        foreach (RuleBehavior behavior in (ReadOnlySpan<RuleBehavior>)[RuleBehavior.Allow, RuleBehavior.Ask, RuleBehavior.Deny])
        {
            ImmutableArray<RuleEntry> list = For(behavior);
            for (int i = 0; i < list.Length; i++)
            {
                if (list[i].Rule is { Content: not null, ToolName: "Read" or "Edit" })
                {
                    pathDecisions.TryAdd(list[i], RuleDecision(behavior, i));
                }
            }
        }

        _pathDecisions = pathDecisions.ToFrozenDictionary(ReferenceEqualityComparer.Instance);
    }

    private readonly Decision[][] _decisions;
    private readonly Decision[][] _bashDecisions;
    private readonly Web.DomainPattern?[][] _domains;

    // Content Read/Edit rule entries (by reference) → the decision RuleDecision gives for them.
    private readonly FrozenDictionary<RuleEntry, Decision> _pathDecisions;

    /// <summary>The Bash content rules of <paramref name="behavior"/>'s list.</summary>
    public ImmutableArray<BashRule> BashFor(RuleBehavior behavior) => behavior switch
    {
        RuleBehavior.Deny => BashDeny,
        RuleBehavior.Ask => BashAsk,
        _ => BashAllow,
    };

    /// <summary>The decision rule <paramref name="index"/> of <paramref name="behavior"/>'s list makes, built once (decisions are immutable).</summary>
    public Decision RuleDecision(RuleBehavior behavior, int index) => _decisions[(int)behavior][index];

    /// <summary>The shared decision of a content <c>Read(…)</c>/<c>Edit(…)</c> rule entry of this policy (by reference), or null.</summary>
    public Decision? PathRuleDecision(RuleEntry entry) => _pathDecisions.GetValueOrDefault(entry);

    /// <summary>The decision Bash rule <paramref name="index"/> of <paramref name="behavior"/>'s Bash list makes.</summary>
    public Decision BashDecision(RuleBehavior behavior, int index) => _bashDecisions[(int)behavior][index];

    /// <summary>The compiled <c>domain:</c> pattern of WebFetch rule <paramref name="index"/> of the list, or null when it is none (or can never match).</summary>
    public Web.DomainPattern? DomainAt(RuleBehavior behavior, int index) => _domains[(int)behavior][index];

    private static Decision[] RuleDecisions(IEnumerable<RuleEntry> entries) =>
        entries.Select(e => new Decision(e.Behavior switch
        {
            RuleBehavior.Deny => DecisionBehavior.Deny,
            RuleBehavior.Ask => DecisionBehavior.Ask,
            _ => DecisionBehavior.Allow,
        }, new RuleReason(e))).ToArray();

    private static Web.DomainPattern?[] CompileDomains(ImmutableArray<RuleEntry> rules) =>
        rules.Select(r => r.Rule.ToolName == "WebFetch" && r.Rule.Content is { } c && c.StartsWith("domain:", StringComparison.Ordinal)
            ? Web.DomainPattern.Compile(c[7..])
            : null).ToArray();

    /// <summary>Bash content rules of the deny list, compiled.</summary>
    public ImmutableArray<BashRule> BashDeny { get; }

    /// <summary>Bash content rules of the ask list, compiled.</summary>
    public ImmutableArray<BashRule> BashAsk { get; }

    /// <summary>Bash content rules of the allow list, compiled.</summary>
    public ImmutableArray<BashRule> BashAllow { get; }

    /// <summary>PowerShell content rules of the deny list, compiled.</summary>
    public ImmutableArray<PowerShellRule> PowerShellDeny { get; }

    /// <summary>PowerShell content rules of the ask list, compiled.</summary>
    public ImmutableArray<PowerShellRule> PowerShellAsk { get; }

    /// <summary>PowerShell content rules of the allow list, compiled.</summary>
    public ImmutableArray<PowerShellRule> PowerShellAllow { get; }

    /// <summary>Whether any content Read deny rule exists (bash.md §10: cd + relative reads then ask).</summary>
    public bool HasReadDeny { get; }

    private static ImmutableArray<PowerShellRule> CompilePowerShell(ImmutableArray<RuleEntry> rules) =>
        rules.Where(r => r.Rule.ToolName == "PowerShell" && r.Rule.Content is not null)
             .Select(r => new PowerShellRule(r, Shell.PowerShellPattern.Compile(r.Rule.Content!)))
             .ToImmutableArray();

    private static ImmutableArray<BashRule> CompileBash(ImmutableArray<RuleEntry> rules) =>
        rules.Where(r => r.Rule.ToolName == "Bash" && r.Rule.Content is not null)
             .Select(r => new BashRule(r, Shell.BashPattern.Compile(r.Rule.Content!)))
             .ToImmutableArray();

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

}
