using RuleEngine.AutoMode.Witness;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Analysis;

/// <summary>
/// Allow rules that auto mode keeps but that still approve arbitrary code execution, each proven with a
/// witness command (RE1101, e.g. <c>Bash(make *)</c> → <c>make -f /tmp/x</c>). Report only: it never changes
/// what the engine drops.
/// </summary>
internal sealed class WitnessAnalyzer : IRuleSetAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        var allows = context.Loaded.Where(e => e.Behavior == RuleBehavior.Allow).ToList();
        var entries = allows.Select(e => new RuleEntry(e.Rule, e.Behavior, e.Document.Scope, e.Location)).ToList();
        foreach (Diagnostic d in OverBroadRuleAnalyzer.Analyze(entries))
        {
            context.Report(d);
        }
    }
}
