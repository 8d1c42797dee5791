using RuleEngine.Syntax;

namespace RuleEngine.Settings;

/// <summary>A valid rule that does not take effect, and why (untrusted workspace, managed-only policy).</summary>
/// <param name="Entry">The rule.</param>
/// <param name="Reason">Why it is ignored, one line.</param>
public sealed record IgnoredRule(RuleEntry Entry, string Reason);
