using RuleEngine.Evaluation;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Compilation;

/// <summary>
/// The rule index of a policy, built once: per list, tool-level rules by tool name and MCP server, Bash
/// rules by exact text and command word, WebFetch rules by host and domain suffix, Skill and Agent rules by
/// name. The work per lookup depends on the input, not on the number of rules. With
/// <c>compile</c> the Bash buckets are compiled by <see cref="ExpressionBackend"/>; without, they
/// run the reference matchers (the fallback where dynamic code is unavailable). Immutable and thread-safe.
/// </summary>
internal sealed class RuleIndex : IRuleLookup
{
    private readonly ToolListIndex[] _tools = new ToolListIndex[3];
    private readonly BashListIndex[] _bash = new BashListIndex[3];
    private readonly NameListIndex[] _skills = new NameListIndex[3];
    private readonly NameListIndex _agentDeny;
    private readonly BashSoleIndex _bashSole;
    private readonly ToolLevelIndex _toolLevel;
    private readonly DomainIndex _domainIndex;

    /// <summary>Builds the index; with <paramref name="eager"/> every bucket is compiled now instead of on first use.</summary>
    public RuleIndex(RulePlan plan, bool compile, bool eager = false)
    {
        Backend = compile ? RuleBackend.Expressions : RuleBackend.Indexed;
        PolicyRules rules = plan.Rules;
        foreach (RuleBehavior list in (ReadOnlySpan<RuleBehavior>)[RuleBehavior.Allow, RuleBehavior.Ask, RuleBehavior.Deny])
        {
            int i = (int)list;
            _tools[i] = new ToolListIndex(rules.For(list));
            _bash[i] = new BashListIndex(list, plan.Bash(list), compile, eager);
            _skills[i] = new NameListIndex(rules.For(list), "Skill", skillSyntax: true);
        }

        _agentDeny = new NameListIndex(rules.Deny, "Agent", skillSyntax: false);
        _bashSole = new BashSoleIndex(_bash[(int)RuleBehavior.Deny], _bash[(int)RuleBehavior.Ask], _bash[(int)RuleBehavior.Allow]);
        _domainIndex = new DomainIndex(rules);
        _toolLevel = new ToolLevelIndex(_tools[(int)RuleBehavior.Deny], _tools[(int)RuleBehavior.Ask], _tools[(int)RuleBehavior.Allow]);
    }

    public RuleBackend Backend { get; }

    /// <summary>One list's Bash index (tests compare the merged ordinary-command lookup with it).</summary>
    internal BashListIndex BashList(RuleBehavior list) => _bash[(int)list];

    public int FindToolLevel(ToolCall call, out RuleBehavior list, out int toolWideAllow) => _toolLevel.Find(call, out list, out toolWideAllow);

    public int FindToolWideAllow(string toolName, bool fileLift)
    {
        int best = _tools[(int)RuleBehavior.Allow].FindToolWide(toolName, fileLift);
        return best == int.MaxValue ? -1 : best;
    }

    public int FindBash(RuleBehavior list, SimpleCommand command, BashRuleKinds kinds)
    {
        // An ordinary command: the first lookup answers every list and kind at once (one hash of the text,
        // one of the command word); the pipeline's later lookups for the same command read the answers.
        if (ReferenceEquals(command.SoleAnswersOwner, this))
        {
            return command.SoleAnswers.For(list, kinds);
        }

        if (command.TryGetSoleCandidate(out char[] buffer, out int start, out int length)
            && _bashSole.TryFind(buffer, start, length, command.Words[0].Span.Length, out command.SoleAnswers))
        {
            command.SoleAnswersOwner = this;
            return command.SoleAnswers.For(list, kinds);
        }

        return _bash[(int)list].Find(command, kinds);
    }

    public int FindDomain(ReadOnlySpan<char> host, out RuleBehavior list) => _domainIndex.Find(host, out list);

    public int FindSkill(RuleBehavior list, string skill) => _skills[(int)list].Find(skill);

    public int FindAgentDeny(string subagentType) => _agentDeny.Find(subagentType);

    /// <summary>Builds the lookup for <paramref name="backend"/>; <see cref="RuleBackend.Expressions"/> falls back to the index without compilation where dynamic code is not compiled.</summary>
    public static IRuleLookup Create(PolicyRules rules, RuleBackend backend) => backend switch
    {
        RuleBackend.Interpreter => new InterpreterBackend(rules),
        RuleBackend.Indexed => new RuleIndex(new RulePlan(rules), compile: false),
        _ => new RuleIndex(new RulePlan(rules), compile: System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled),
    };
}
