using System.Collections.Immutable;
using RuleEngine.Diagnostics;
using RuleEngine.Settings;

namespace RuleEngine.Analysis;

/// <summary>What every lint family sees: the loaded rule set, every rule entry with its document, and a sink.</summary>
internal sealed class AnalysisContext
{
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    public AnalysisContext(RuleSet ruleSet, AnalysisOptions options)
    {
        RuleSet = ruleSet;
        Options = options;
        Entries = ruleSet.Documents.SelectMany(d => d.Rules.Select(r => new AnalyzedRule(d, r))).ToImmutableArray();
    }

    public RuleSet RuleSet { get; }

    public AnalysisOptions Options { get; }

    /// <summary>Every rule string of every document, valid or not, in precedence then file order.</summary>
    public ImmutableArray<AnalyzedRule> Entries { get; }

    /// <summary>The loaded (valid) entries only.</summary>
    public IEnumerable<AnalyzedRule> Loaded => Entries.Where(e => e.Text.Validated.IsLoaded);

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();
}
