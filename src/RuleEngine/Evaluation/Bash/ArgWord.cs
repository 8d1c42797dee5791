using RuleEngine.Shell;

namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// One argv word of an already-split simple command, e.g. <c>"$HOME"/x</c> → Value <c>$HOME/x</c>,
/// Quoted, HasHomeVariable.
/// </summary>
/// <remarks>
/// <see cref="Value"/> is the text after quote removal and <b>before</b> expansion: variable references
/// stay literal (<c>$HOME/x</c>, <c>$DIR/*</c>); an unquoted leading <c>~</c> stays <c>~</c>. A parser that
/// already expanded <c>$HOME</c> may pass the expanded text with <see cref="HasHomeVariable"/> false.
/// The oracle does not expand <c>${HOME}</c> (bash.md §6: <c>ls ${HOME}</c> asks), so a parser should
/// report it through <see cref="HasVariable"/>.
/// </remarks>
/// <param name="Value">Text after quote removal, variables unexpanded.</param>
/// <param name="Quoted">Any part of the word was quoted or escaped.</param>
/// <param name="HasUnquotedGlob">An unquoted <c>*</c>, <c>?</c> or <c>[…]</c> that the shell would expand.</param>
/// <param name="HasVariable">An unresolved variable reference other than <c>$HOME</c>.</param>
/// <param name="HasHomeVariable">A <c>$HOME</c> reference that may be expanded for analysis.</param>
/// <param name="HasTilde">An unquoted leading <c>~</c> (tilde expansion applies).</param>
/// <param name="HasSubstitution">A command or process substitution (<c>$(…)</c>, backticks, <c>&lt;(…)</c>).</param>
internal readonly record struct ArgWord(
    string Value,
    bool Quoted = false,
    bool HasUnquotedGlob = false,
    bool HasVariable = false,
    bool HasHomeVariable = false,
    bool HasTilde = false,
    bool HasSubstitution = false)
{
    /// <summary>
    /// The parser flags that set <see cref="HasVariable"/>, <see cref="HasHomeVariable"/>, <see cref="HasTilde"/>
    /// or <see cref="HasSubstitution"/>: a word with none of them has a value that is its text.
    /// </summary>
    internal const WordFlags ExpansionFlags = WordFlags.Variable | WordFlags.BracedVariable | WordFlags.HomeVariable | WordFlags.LeadingTilde
        | WordFlags.CommandSubstitution | WordFlags.ProcessSubstitution | WordFlags.Arithmetic | WordFlags.AnsiCQuoted;

    /// <summary>True when the word's runtime value cannot be known statically.</summary>
    public bool NeedsExpansion => HasVariable || HasSubstitution;

    /// <summary>
    /// Builds a word from unquoted shell text the way a parser would flag it (test and adapter helper):
    /// <c>*?[</c> → glob, <c>$HOME</c> → home variable, other <c>$</c> → variable, leading <c>~</c> → tilde,
    /// <c>$(</c>/backtick → substitution.
    /// </summary>
    public static ArgWord Unquoted(string text)
    {
        bool glob = text.AsSpan().IndexOfAny('*', '?', '[') >= 0;
        bool substitution = text.Contains("$(", StringComparison.Ordinal) || text.Contains('`', StringComparison.Ordinal);
        bool home = false;
        bool variable = false;
        for (int i = text.IndexOf('$'); i >= 0; i = text.IndexOf('$', i + 1))
        {
            ReadOnlySpan<char> rest = text.AsSpan(i + 1);
            if (rest.StartsWith("HOME", StringComparison.Ordinal) && (rest.Length == 4 || !IsNameChar(rest[4])))
            {
                home = true;
            }
            else if (rest.Length > 0 && rest[0] != '(')
            {
                variable = true;
            }
        }

        return new ArgWord(text, false, glob, variable, home, text.StartsWith('~'), substitution);
    }

    /// <summary>The argv word of a parsed shell word: its value with quotes removed, and its flags.</summary>
    internal static ArgWord From(CommandLine line, in ShellWord w) => new(
        WordStrings.Get(line.Value(w)),
        Quoted: w.Has(WordFlags.Quoted),
        HasUnquotedGlob: w.Has(WordFlags.UnquotedGlob | WordFlags.BraceExpansion),
        HasVariable: w.Has(WordFlags.Variable | WordFlags.BracedVariable),
        HasHomeVariable: w.Has(WordFlags.HomeVariable),
        HasTilde: w.Has(WordFlags.LeadingTilde),
        HasSubstitution: w.Has(WordFlags.CommandSubstitution | WordFlags.ProcessSubstitution | WordFlags.Arithmetic | WordFlags.AnsiCQuoted));

    /// <summary>A fully quoted literal word, e.g. <c>'*.ts'</c> → <c>*.ts</c> with no expansion.</summary>
    public static ArgWord Literal(string text) => new(text, Quoted: true);

    internal static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
