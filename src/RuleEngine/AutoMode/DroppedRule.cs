using RuleEngine.Syntax;

namespace RuleEngine.AutoMode;

/// <summary>An allow rule set aside while auto mode is on.</summary>
/// <param name="Entry">The rule with its provenance.</param>
/// <param name="Index">Its position in the rule list auto mode was entered with.</param>
/// <param name="Reason">Why it is dangerous.</param>
public sealed record DroppedRule(RuleEntry Entry, int Index, DangerousRule Reason)
{
    /// <summary>The log line of auto-mode.md §1: "Ignoring dangerous permission `rule` from `source` (bypasses classifier)".</summary>
    public string Message => $"Ignoring dangerous permission `{Entry.Rule}` from `{Entry.Source.ToName()}` (bypasses classifier)";
}
