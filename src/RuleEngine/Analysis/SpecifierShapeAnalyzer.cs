using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Analysis;

/// <summary>Rule shapes that load but are never consulted (rules.md §10) and misused parameter rules (rules.md §4).</summary>
internal sealed class SpecifierShapeAnalyzer : IRuleSetAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        foreach (AnalyzedRule entry in context.Loaded)
        {
            PermissionRule rule = entry.Rule;
            if (rule.Content is not { } content || rule.HasToolGlob || rule.IsMcp)
            {
                continue;
            }

            bool isParameter = ToolParameters.TrySplitParameter(content, out string key, out string value);
            bool knownField = isParameter && ToolParameters.IsField(rule.ToolName, key);
            string? primary = ToolParameters.PrimaryField(rule.ToolName);

            if (isParameter && primary is not null && key == primary)
            {
                context.Report(Diagnostic.Create(Descriptors.ParameterOnPrimaryField, entry.ContentLocation,
                    $"`{key}:` names the primary field of {rule.ToolName}, so `{entry.Syntax.Text}` is never a parameter rule",
                    $"write the pattern directly, e.g. `{rule.ToolName}({value})`"));
                continue;
            }

            if (knownField && entry.Behavior == RuleBehavior.Allow)
            {
                context.Report(Diagnostic.Create(Descriptors.ParameterRuleInAllow, entry.ContentLocation,
                    $"parameter rule `{entry.Syntax.Text}` in allow never matches: parameter rules work only in deny and ask",
                    "move it to `deny` or `ask`, or allow the tool by its content"));
                continue;
            }

            if (knownField)
            {
                continue;
            }

            string? useInstead = rule.ToolName switch
            {
                "Write" or "NotebookEdit" or "MultiEdit" => "Edit",
                "Glob" or "Grep" or "NotebookRead" => "Read",
                _ => null,
            };
            if (useInstead is not null)
            {
                var replacement = new PermissionRule(useInstead, content);
                context.Report(Diagnostic.Create(Descriptors.PathRuleNeverConsulted, entry.ToolNameLocation,
                    $"`{entry.Syntax.Text}` is never consulted: file checks use only {useInstead}(path) rules",
                    $"write `{replacement}`"));
            }
        }
    }
}
