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
    }

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
