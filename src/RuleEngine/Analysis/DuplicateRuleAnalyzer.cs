using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Analysis;

/// <summary>The same canonical rule twice in one list (info) or in allow and in deny/ask (warning).</summary>
internal sealed class DuplicateRuleAnalyzer : IRuleSetAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        var first = new Dictionary<(string, RuleBehavior), AnalyzedRule>();
        foreach (AnalyzedRule entry in context.Loaded)
        {
            string canonical = entry.Rule.ToString();
            if (first.TryGetValue((canonical, entry.Behavior), out AnalyzedRule? earlier))
            {
                context.Report(Diagnostic.Create(Descriptors.DuplicateRule, entry.Location,
                    $"`{canonical}` is already in `{entry.Behavior.ToName()}` at {earlier.Location}",
                    "remove the duplicate"));
                continue;
            }

            first[(canonical, entry.Behavior)] = entry;
        }

        foreach (((string canonical, RuleBehavior behavior), AnalyzedRule entry) in first)
        {
            if (behavior != RuleBehavior.Allow)
            {
                continue;
            }

            foreach (RuleBehavior stricter in new[] { RuleBehavior.Deny, RuleBehavior.Ask })
            {
                if (first.TryGetValue((canonical, stricter), out AnalyzedRule? other))
                {
                    context.Report(Diagnostic.Create(Descriptors.RuleInTwoLists, entry.Location,
                        $"`{canonical}` is in both `allow` and `{stricter.ToName()}` ({other.Location}); `{stricter.ToName()}` wins",
                        "keep it in one list"));
                    break;
                }
            }
        }
    }
}
