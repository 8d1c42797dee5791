using System.Collections.Immutable;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

public sealed partial class PermissionEngine
{
    /// <summary>
    /// PowerShell (bash.md §15, docs only): split on <c>|</c>, <c>;</c>, <c>&amp;&amp;</c>, <c>||</c>; every
    /// subcommand must be covered; patterns are case-insensitive and see canonical cmdlet names (<c>gci</c> →
    /// <c>Get-ChildItem</c>). There is no built-in read-only set for PowerShell, so anything no rule allows asks.
    /// </summary>
    private Decision CheckPowerShell(ToolCall call)
    {
        if (call.GetString("command") is not { } command)
        {
            return Decision.Ask(new SafetyCheckReason(SafetyCheckKind.InvalidInput, "the PowerShell input has no string `command`"));
        }

        string text = command.Trim();
        var parts = new List<PowerShellSubcommand>();
        string? error = null;
        if (text.Length > ShellAnalyzer.MaxCommandLength || !PowerShellSplitter.TrySplit(text, parts, out error))
        {
            foreach (PowerShellRule r in _rules.PowerShellDeny)
            {
                if (r.Pattern.Matches(new PowerShellSubcommand(text, text, false), RuleBehavior.Deny))
                {
                    return Decision.Deny(new RuleReason(r.Entry));
                }
            }

            return Decision.Ask(new SafetyCheckReason(SafetyCheckKind.Unparseable, text.Length > ShellAnalyzer.MaxCommandLength ? "the command is too long to analyse" : error ?? "the command could not be split"));
        }

        var decisions = ImmutableArray.CreateBuilder<SubcommandDecision>(parts.Count);
        foreach (PowerShellSubcommand part in parts)
        {
            decisions.Add(new SubcommandDecision(part.Text, CheckPowerShellPart(part)));
        }

        Decision combined = Combine(decisions.ToImmutable());
        if (combined.Behavior != DecisionBehavior.Deny && parts.Any(p => p.HasNestedScript) && combined.AskKind < AskKind.CannotCheck)
        {
            return Decision.Ask(new SafetyCheckReason(SafetyCheckKind.CannotCheck, "a nested script block or expression can't be checked before it runs"));
        }

        return combined;
    }

    private Decision CheckPowerShellPart(PowerShellSubcommand part)
    {
        foreach ((ImmutableArray<PowerShellRule> list, RuleBehavior behavior) in new[] { (_rules.PowerShellDeny, RuleBehavior.Deny), (_rules.PowerShellAsk, RuleBehavior.Ask), (_rules.PowerShellAllow, RuleBehavior.Allow) })
        {
            foreach (PowerShellRule r in list)
            {
                if (r.Pattern.Matches(part, behavior))
                {
                    return FromRule(r.Entry);
                }
            }
        }

        return Decision.Passthrough(new NoRuleReason(RequiresApproval));
    }
}
