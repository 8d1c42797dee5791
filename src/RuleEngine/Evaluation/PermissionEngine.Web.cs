using RuleEngine.Evaluation.Web;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

public sealed partial class PermissionEngine
{
    /// <summary>WebFetch: domain deny → ask → allow, then preapproved documentation hosts (rules.md §6).</summary>
    private Decision CheckWebFetch(ToolCall call, EvaluationContext context)
    {
        string? raw = call.GetString("url");
        if (WebUrl.TryParsePlain(raw, out int hostStart, out int hostLength, out int pathStart, out int pathLength))
        {
            // A plain URL is checked on spans of the string: the host lower-cased on the stack when it needs it.
            scoped ReadOnlySpan<char> host = raw.AsSpan(hostStart, hostLength);
            Span<char> lowered = stackalloc char[host.Length];
            if (host.ContainsAnyInRange('A', 'Z'))
            {
                System.Text.Ascii.ToLower(host, lowered, out _);
                host = lowered;
            }

            return CheckWebFetch(host, pathLength == 0 ? "/" : raw.AsSpan(pathStart, pathLength), context);
        }

        // Not plain: the reference parse (WebUrl.TryParse would try the plain parse again first).
        if (!WebUrl.TryParseWithUri(raw, out WebUrl url, out string error))
        {
            return Decision.Ask(new SafetyCheckReason(SafetyCheckKind.InvalidInput, error));
        }

        return CheckWebFetch(url.Host, url.RawPath, context);
    }

    // The WebFetch check of a parsed URL: the normalised host and the raw path.
    private Decision CheckWebFetch(ReadOnlySpan<char> host, ReadOnlySpan<char> rawPath, EvaluationContext context)
    {
        if (_lookup.FindDomain(host, out RuleBehavior behavior) is >= 0 and int rule)
        {
            return _rules.RuleDecision(behavior, rule);
        }

        if (context.Mode is not (PermissionMode.DontAsk) && PreapprovedHosts.Match(host, rawPath) is { } entryHost)
        {
            return Decision.Allow(new PreapprovedHostReason(entryHost));
        }

        return Decision.Passthrough(new NoRuleReason($"no rule approves fetching from {host}"));
    }

    private static readonly RuleBehavior[] s_order = [RuleBehavior.Deny, RuleBehavior.Ask, RuleBehavior.Allow];

    private static Decision FromRule(RuleEntry entry) => entry.Behavior switch
    {
        RuleBehavior.Deny => Decision.Deny(new RuleReason(entry)),
        RuleBehavior.Ask => Decision.Ask(new RuleReason(entry)),
        _ => Decision.Allow(new RuleReason(entry)),
    };
}
