namespace RuleEngine.Evaluation.Bash;

/// <summary>How far a path argument could be resolved statically.</summary>
internal enum PathStatus
{
    /// <summary>An absolute, normalised path, e.g. <c>cat ../x</c> → <c>/work/x</c>.</summary>
    Resolved,

    /// <summary>
    /// An unquoted glob, e.g. <c>cat src/*.ts</c>: <see cref="CommandPath.Path"/> is the absolute pattern and
    /// <see cref="CommandPath.GlobBase"/> the literal directory before it. Reads check the base directory
    /// (the oracle does not expand globs: <c>cat *.env</c> passes a <c>Read(*.env)</c> deny); writes ask
    /// ("Glob patterns are not allowed in write operations").
    /// </summary>
    Glob,

    /// <summary>The value depends on an expansion that cannot be done statically (variable, substitution, <c>~user</c>, <c>cd -</c>): ask.</summary>
    NeedsExpansion,
}
