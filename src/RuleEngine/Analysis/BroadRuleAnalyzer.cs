using RuleEngine.Diagnostics;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Analysis;

/// <summary>Over-broad allow rules (settings.md §8 row 25) and allow rules auto mode drops (row 24).</summary>
internal sealed class BroadRuleAnalyzer : IRuleSetAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        bool autoDefault = context.RuleSet.Settings.DefaultMode?.Mode == PermissionMode.Auto;
        foreach (AnalyzedRule entry in context.Loaded.Where(e => e.Behavior == RuleBehavior.Allow))
        {
            PermissionRule rule = entry.Rule;
            string? why = OverBroadReason(rule);
            if (why is not null)
            {
                context.Report(Diagnostic.Create(Descriptors.OverBroadAllow, entry.Location,
                    $"rule `{rule}` {why}", NarrowingHelp(rule)));
            }

            if (AutoMode.DangerousRuleDetector.Analyze(rule) is { } dangerous)
            {
                string dropped = dangerous.Explanation;
                context.Report(new Diagnostic(Descriptors.DroppedInAutoMode, autoDefault ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
                    $"auto mode drops `{rule}`: {dropped}", "auto mode sends these calls to the classifier instead; narrow the rule to keep it", entry.Location));
            }
        }
    }

    internal static string? OverBroadReason(PermissionRule rule)
    {
        string? content = rule.Content?.Trim();
        return rule.ToolName switch
        {
            "Bash" or "PowerShell" or "Monitor" when content is null || content.All(c => c == '*' || c == ' ') => "allows every shell command",
            "Edit" or "Write" or "NotebookEdit" when content is null => "allows editing any file outside protected paths",
            "Edit" when content is "//**" or "~/**" or "//*" => $"allows editing every file under `{content[..^2]}`",
            "Read" when content is "//**" or "//*" => "allows reading every file on the machine",
            "WebFetch" when content is null || content == "domain:*" => "allows fetching from every host",
            _ => null,
        };
    }

    private static string NarrowingHelp(PermissionRule rule) => rule.ToolName switch
    {
        "Bash" or "Monitor" => "narrow it, e.g. `Bash(npm test)` or `Bash(npm run build *)`",
        "PowerShell" => "narrow it, e.g. `PowerShell(Get-ChildItem *)`",
        "WebFetch" => "list the hosts, e.g. `WebFetch(domain:docs.example.com)`",
        "Read" => "limit it to the directories you need, e.g. `Read(~/notes/**)`",
        _ => "limit it to the paths you need, e.g. `Edit(/src/**)`",
    };
}
