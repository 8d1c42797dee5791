using RuleEngine.Syntax;

namespace RuleEngine.Shell;

/// <summary>
/// One word: its raw text in the source (<see cref="Span"/>, quotes included) and its value with quoting
/// removed, stored in the owning <see cref="CommandLine"/>'s value buffer (read it with
/// <see cref="CommandLine.Value(in ShellWord)"/>). Substitutions and variables stay verbatim in the value.
/// </summary>
internal readonly record struct ShellWord(TextSpan Span, int ValueStart, int ValueLength, WordFlags Flags)
{
    /// <summary>Whether any flag in <paramref name="flags"/> is set.</summary>
    public bool Has(WordFlags flags) => (Flags & flags) != 0;

    /// <summary>No quoting, escapes, globs or expansions: the value equals the raw text.</summary>
    public bool IsPlain => Flags == WordFlags.None;
}
