namespace RuleEngine.Analysis;

/// <summary>Options for <see cref="RuleSetAnalyzer"/>.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Default options.</summary>
    public static readonly AnalysisOptions Default = new();

    /// <summary>Whether the workspace is trusted (untrusted: project allow rules are reported as ignored).</summary>
    public bool WorkspaceTrusted { get; init; }

    /// <summary>Whether to report info-severity findings.</summary>
    public bool IncludeInfo { get; init; } = true;
}
