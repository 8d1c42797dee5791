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

    /// <summary>
    /// True when the subcommand whose command word is <paramref name="cmd"/>'s word <paramref name="commandWord"/>
    /// needs its argv built: its word needs one, unless it is a git command that names no path
    /// (<see cref="FileCommandPaths.GitNamesNoPath"/>), for which the path checks would find nothing and git has no
    /// step-5 constraint.
    /// </summary>
    public static bool Needs(Shell.SimpleCommand cmd, int commandWord)
    {
        if (commandWord >= cmd.Words.Length)
        {
            return false;
        }

        ReadOnlySpan<char> word = cmd.Line.Value(cmd.Words[commandWord]);
        return s_needs.Contains(word)
            && !(GitShortcut && word is "git" && FileCommandPaths.GitNamesNoPath(cmd.Line, cmd.Words, commandWord));
    }

    /// <summary>
    /// Whether a git command that names no path skips its argv (see <see cref="Needs(Shell.SimpleCommand, int)"/>);
    /// off only in tests that compare against the full path checks. Per thread.
    /// </summary>
    internal static bool GitShortcut
    {
        get => !t_gitShortcutOff;
        set => t_gitShortcutOff = !value;
    }

    [ThreadStatic]
    private static bool t_gitShortcutOff;

    /// <summary>The answer from the same predicates the pipeline uses.</summary>
    internal static bool Compute(string word) =>
        CdGitFacts.IsDirectoryChange(word)
        || CriticalRemoval.IsRemoval(word)
        || FileCommandPaths.IsFileCommand(word)
        || CommandConstraints.ExecWrappers.Contains(word)
        || word is "find" or "sed" or "cp" or "mv" or "git";
}
