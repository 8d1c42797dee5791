using System.Collections.Concurrent;
using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Compilation;

/// <summary>
/// Whether the Bash pipeline needs a subcommand's argv as strings for its command word: the path checks
/// (<c>cd</c>, removals, the file commands of bash.md §8) and the step-5 constraints (exec wrappers,
/// <c>find</c>, <c>sed</c>, <c>cp</c>, <c>mv</c>) do; everything else is decided from the candidates alone,
/// so a rule-allowed <c>npm run build</c> builds no argv. Answers are cached by word (bounded), looked up
/// by span, so the check allocates nothing once a word has been seen.
/// </summary>
internal static class ArgvDemand
{
    private const int MaxCached = 4096;

    private static readonly ConcurrentDictionary<string, bool> s_cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> s_bySpan =
        s_cache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a command word needs its argv built (the empty word never does).</summary>
    public static bool Needs(ReadOnlySpan<char> commandWord)
    {
        if (commandWord.IsEmpty)
        {
            return false;
        }

        if (s_bySpan.TryGetValue(commandWord, out bool needs))
        {
            return needs;
        }

        string word = commandWord.ToString();
        needs = Compute(word);
        if (s_cache.Count < MaxCached)
        {
            s_cache.TryAdd(word, needs);
        }

        return needs;
    }

    /// <summary>The uncached answer, from the same predicates the pipeline uses.</summary>
    internal static bool Compute(string word) =>
        CdGitFacts.IsDirectoryChange(word)
        || CriticalRemoval.IsRemoval(word)
        || FileCommandPaths.IsFileCommand(word)
        || CommandConstraints.ExecWrappers.Contains(word)
        || word is "find" or "sed" or "cp" or "mv" or "git";
}
