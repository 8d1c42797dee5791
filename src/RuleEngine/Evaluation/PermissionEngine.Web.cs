using RuleEngine.Evaluation.Web;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

public sealed partial class PermissionEngine
{
    /// <summary>WebFetch: domain deny → ask → allow, then preapproved documentation hosts (rules.md §6).</summary>
    private Decision CheckWebFetch(ToolCall call, EvaluationContext context)
    {
        if (!WebUrl.TryParse(call.GetString("url"), out WebUrl url, out string error))
        {
            return Decision.Ask(new SafetyCheckReason(SafetyCheckKind.InvalidInput, error));
        }

        foreach (RuleBehavior behavior in s_order)
        {
            if (_lookup.FindDomain(behavior, url.Host) is >= 0 and int rule)
            {
                return _rules.RuleDecision(behavior, rule);
            }
        }

        if (context.Mode is not (PermissionMode.DontAsk) && PreapprovedHosts.Match(url.Host, url.RawPath) is { } entryHost)
        {
            return Decision.Allow(new PreapprovedHostReason(entryHost));
        }

        return Decision.Passthrough(new NoRuleReason($"no rule approves fetching from {url.Host}"));
    }

    private static readonly RuleBehavior[] s_order = [RuleBehavior.Deny, RuleBehavior.Ask, RuleBehavior.Allow];

    private static Decision FromRule(RuleEntry entry) => entry.Behavior switch
    {
        RuleBehavior.Deny => Decision.Deny(new RuleReason(entry)),
        RuleBehavior.Ask => Decision.Ask(new RuleReason(entry)),
        _ => Decision.Allow(new RuleReason(entry)),
    };
}
