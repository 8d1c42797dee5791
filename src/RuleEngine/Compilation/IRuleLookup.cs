using RuleEngine.Evaluation;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// The rule lookups of the decision procedure. Every method returns the first matching rule of one list
/// in load order (an index into that list of <see cref="PolicyRules"/>), or -1. Implementations must agree
/// exactly; the interpreter is the reference.
/// </summary>
internal interface IRuleLookup
{
    /// <summary>The back-end this lookup implements.</summary>
    RuleBackend Backend { get; }

    /// <summary>
    /// Steps 4–5 in one pass: the first tool-level deny rule, else the first tool-level ask rule (the list in
    /// <paramref name="list"/>), or -1. When neither matches, <paramref name="toolWideAllow"/> may already hold
    /// what <see cref="FindToolWideAllow"/> gives without the file lift; -2 means it was not looked up.
    /// </summary>
    int FindToolLevel(ToolCall call, out RuleBehavior list, out int toolWideAllow);

    /// <summary>Step 10: a tool-wide allow rule (index into <see cref="PolicyRules.Allow"/>); <paramref name="fileLift"/> skips <c>Tool(*)</c> rules.</summary>
    int FindToolWideAllow(string toolName, bool fileLift);

    /// <summary>The first Bash rule of <paramref name="list"/> of the given kinds matching any candidate of the command (index into <see cref="PolicyRules.BashFor"/>).</summary>
    int FindBash(RuleBehavior list, SimpleCommand command, BashRuleKinds kinds);

    /// <summary>
    /// The WebFetch check's rule lookup in one pass: the first <c>domain:</c> rule of the deny list matching the
    /// normalised host, else of the ask list, else of the allow list (the list in <paramref name="list"/>), or -1.
    /// </summary>
    int FindDomain(ReadOnlySpan<char> host, out RuleBehavior list);

    /// <summary>The first Skill rule of the list matching the skill name (index into <see cref="PolicyRules.For"/>).</summary>
    int FindSkill(RuleBehavior list, string skill);

    /// <summary>The first Agent deny rule naming the subagent type (index into <see cref="PolicyRules.Deny"/>).</summary>
    int FindAgentDeny(string subagentType);
}
