using System.Collections.Immutable;
using RuleEngine.Diagnostics;

namespace RuleEngine.Syntax;

/// <summary>A parsed rule and everything the validator said about it.</summary>
/// <param name="Syntax">The parsed rule.</param>
/// <param name="Diagnostics">Syntax and validator diagnostics (spans relative to the rule text).</param>
public sealed record ValidatedRule(RuleSyntax Syntax, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>False when Claude Code would skip the entry (an error-severity diagnostic).</summary>
    public bool IsLoaded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
