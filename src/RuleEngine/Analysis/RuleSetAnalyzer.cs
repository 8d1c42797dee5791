using System.Collections.Immutable;
using RuleEngine.Diagnostics;
using RuleEngine.Settings;

namespace RuleEngine.Analysis;

/// <summary>
/// Runs every lint family over a loaded <see cref="RuleSet"/> and returns the load diagnostics plus the
/// findings, ordered by file and position. This is what <c>rulec check</c> prints.
/// </summary>
public static class RuleSetAnalyzer
{
    private static readonly IRuleSetAnalyzer[] s_analyzers =
    [
        new ToolNameAnalyzer(),
        new SpecifierShapeAnalyzer(),
        new CommandPatternAnalyzer(),
        new PathPatternAnalyzer(),
        new DuplicateRuleAnalyzer(),
        new ShadowedRuleAnalyzer(),
        new BroadRuleAnalyzer(),
        new ScopeAnalyzer(),
        new SuspiciousCharacterAnalyzer(),
        new WitnessAnalyzer(),
    ];

    /// <summary>Analyses <paramref name="ruleSet"/>.</summary>
    public static ImmutableArray<Diagnostic> Analyze(RuleSet ruleSet, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        var context = new AnalysisContext(ruleSet, options);
        foreach (IRuleSetAnalyzer analyzer in s_analyzers)
        {
            analyzer.Analyze(context);
        }

        var fileOrder = ruleSet.Documents.Select((d, i) => (d.Path, i)).GroupBy(x => x.Path).ToDictionary(g => g.Key, g => g.First().i);
        return ruleSet.Diagnostics.Concat(context.Diagnostics)
            .Where(d => options.IncludeInfo || d.Severity != DiagnosticSeverity.Info)
            .Distinct()
            .OrderBy(d => d.Location.Path is { } p && fileOrder.TryGetValue(p, out int i) ? i : int.MaxValue)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
