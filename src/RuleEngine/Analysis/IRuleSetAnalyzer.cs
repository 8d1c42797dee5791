namespace RuleEngine.Analysis;

/// <summary>One lint family.</summary>
internal interface IRuleSetAnalyzer
{
    void Analyze(AnalysisContext context);
}
