using System.Collections.Frozen;

namespace RuleEngine.AutoMode;

/// <summary>The lists for one shell: <c>P</c> for rule 3, the (possibly wider) list for rule 2, and the single words of <c>P ∪ W</c>.</summary>
internal sealed class ShellWordList
{
    public ShellWordList(string[] interpreters, string[] rule2Interpreters)
    {
        InterpreterSet = interpreters.ToFrozenSet(StringComparer.Ordinal);
        Rule2Interpreters = rule2Interpreters;
        SingleWords = interpreters.Where(p => p.IndexOf(' ') < 0).Concat(ShellWordLists.Wrappers).Distinct(StringComparer.Ordinal).ToArray();
        SingleWordSet = SingleWords.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary><c>P</c> (rule 3, first bullet).</summary>
    public FrozenSet<string> InterpreterSet { get; }

    /// <summary>The list rule 2 compares against.</summary>
    public string[] Rule2Interpreters { get; }

    /// <summary>The single-word entries of <c>P ∪ W</c>.</summary>
    public string[] SingleWords { get; }

    /// <summary>Same as <see cref="SingleWords"/>, for lookups.</summary>
    public FrozenSet<string> SingleWordSet { get; }
}
