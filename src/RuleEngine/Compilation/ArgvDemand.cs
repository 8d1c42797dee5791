using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Compilation;

/// <summary>
/// Whether the Bash pipeline needs a subcommand's argv as strings for its command word: the path checks
/// (<c>cd</c>, removals, the file commands of bash.md §8) and the step-5 constraints (exec wrappers,
/// <c>find</c>, <c>sed</c>, <c>cp</c>, <c>mv</c>) do; everything else is decided from the candidates alone,
/// so a rule-allowed <c>npm run build</c> builds no argv. The words are a fixed set, looked up by span.
/// </summary>
internal static class ArgvDemand
{
    // Every word the predicates of Compute can be true for, filtered through Compute itself (a test checks
    // the set against Compute for every command word of the conformance corpus and the rule tables).
    private static readonly Shell.WordSet s_needs = new(
        FileCommandSpecs.Specs.Keys
            .Concat(CommandConstraints.ExecWrappers)
            .Concat(["cd", "pushd", "popd", "rm", "rmdir", "find", "git", "jq", "sed", "cp", "mv"])
            .Where(Compute));

    /// <summary>True when a command word needs its argv built (the empty word never does).</summary>
    public static bool Needs(ReadOnlySpan<char> commandWord) => s_needs.Contains(commandWord);

    /// <summary>The answer from the same predicates the pipeline uses.</summary>
    internal static bool Compute(string word) =>
        CdGitFacts.IsDirectoryChange(word)
        || CriticalRemoval.IsRemoval(word)
        || FileCommandPaths.IsFileCommand(word)
        || CommandConstraints.ExecWrappers.Contains(word)
        || word is "find" or "sed" or "cp" or "mv" or "git";
}
