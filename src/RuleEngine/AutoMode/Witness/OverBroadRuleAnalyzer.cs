using System.Collections.Immutable;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.AutoMode.Witness;

/// <summary>
/// Proves a kept Bash allow rule over-broad with a witness: a concrete command the rule's pattern accepts
/// that runs arbitrary code (<c>Bash(make *)</c> approves <c>make -f evil.mk</c>). It reports only; it never
/// changes which rules auto mode drops (auto-mode.md §2 is reproduced exactly by <see cref="DangerousRuleDetector"/>).
/// Rules that auto mode already drops are skipped; so are deny and ask rules.
/// </summary>
public static class OverBroadRuleAnalyzer
{
    /// <summary>Witness commands for <paramref name="rule"/>; empty for non-Bash, tool-wide or dropped rules.</summary>
    public static ImmutableArray<OverBroadWitness> FindWitnesses(PermissionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.ToolName != "Bash" || rule.Content is null || DangerousRuleDetector.IsDangerous(rule))
        {
            return [];
        }

        var found = ImmutableArray.CreateBuilder<OverBroadWitness>();
        foreach (OverBroadWitness row in WitnessTable.Rows)
        {
            if (CommandPatternMatcher.Matches(rule.Content, row.Command))
            {
                found.Add(row);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>One <see cref="Descriptors.OverBroadWitness"/> diagnostic per kept Bash allow rule that has a witness (the first witness is shown).</summary>
    public static ImmutableArray<Diagnostic> Analyze(IEnumerable<RuleEntry> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (RuleEntry entry in rules)
        {
            if (entry.Behavior != RuleBehavior.Allow)
            {
                continue;
            }

            ImmutableArray<OverBroadWitness> witnesses = FindWitnesses(entry.Rule);
            if (witnesses.IsEmpty)
            {
                continue;
            }

            OverBroadWitness first = witnesses[0];
            string more = witnesses.Length > 1 ? $" ({witnesses.Length - 1} more witness{(witnesses.Length > 2 ? "es" : string.Empty)})" : string.Empty;
            diagnostics.Add(Diagnostic.Create(Descriptors.OverBroadWitness, entry.Location,
                $"allow rule `{entry.Rule}` approves `{first.Command}`, which runs arbitrary code without the auto-mode classifier{more}",
                $"{first.Explanation}; replace `{entry.Rule}` with rules for the exact `{FirstWord(entry.Rule.Content!)}` commands you run"));
        }

        return diagnostics.ToImmutable();
    }

    private static string FirstWord(string content)
    {
        string trimmed = content.Trim();
        int end = trimmed.IndexOfAny([' ', '*', ':']);
        return end <= 0 ? trimmed : trimmed[..end];
    }
}
