namespace RuleEngine.Shell;

/// <summary>Whole-line facts the engine's whole-command checks use (decision.md §3).</summary>
[Flags]
internal enum CommandLineFlags
{
    /// <summary>Nothing notable.</summary>
    None = 0,

    /// <summary>An unresolved <c>$( … )</c> or backticks somewhere (allow rules cannot approve it).</summary>
    UnresolvedSubstitution = 1 << 0,

    /// <summary>A process substitution <c>&lt;( … )</c> / <c>&gt;( … )</c>.</summary>
    ProcessSubstitution = 1 << 1,

    /// <summary>A heredoc with an unquoted delimiter (body undergoes expansion).</summary>
    UnquotedHeredoc = 1 << 2,

    /// <summary>A heredoc with a quoted delimiter (body is data).</summary>
    QuotedHeredoc = 1 << 3,

    /// <summary>A subshell <c>( … )</c>.</summary>
    Subshell = 1 << 4,

    /// <summary>A brace group <c>{ …; }</c>.</summary>
    BraceGroup = 1 << 5,

    /// <summary>A function definition.</summary>
    FunctionDefinition = 1 << 6,

    /// <summary>An <c>if</c>/<c>for</c>/<c>while</c>/<c>until</c>/<c>case</c>.</summary>
    ControlStructure = 1 << 7,

    /// <summary>A background <c>&amp;</c>.</summary>
    Background = 1 << 8,

    /// <summary>A pipe <c>|</c> or <c>|&amp;</c>.</summary>
    Pipe = 1 << 9,

    /// <summary>An unresolved variable other than <c>$HOME</c>.</summary>
    Variable = 1 << 10,

    /// <summary>A braced expansion <c>${…}</c>.</summary>
    BracedVariable = 1 << 11,

    /// <summary><c>$HOME</c> outside braces.</summary>
    HomeVariable = 1 << 12,

    /// <summary>A word starting with an unquoted <c>~</c>.</summary>
    Tilde = 1 << 13,

    /// <summary>ANSI-C quoting <c>$'…'</c>.</summary>
    AnsiCQuote = 1 << 14,

    /// <summary>Backslash-escaped whitespace in a word.</summary>
    EscapedWhitespace = 1 << 15,

    /// <summary>A command that evaluates its arguments as shell code (<c>eval</c>, <c>source</c>, <c>.</c>, <c>exec</c>, <c>alias</c>, <c>nocorrect</c>, <c>trap</c>).</summary>
    EvalLike = 1 << 16,

    /// <summary><c>x=rm; $x …</c> was resolved (bash.md §5).</summary>
    ResolvedVariable = 1 << 17,

    /// <summary>A static quoted-heredoc substitution was resolved to text (bash.md §6).</summary>
    StaticHeredocSubstitution = 1 << 18,

    /// <summary>Arithmetic expansion.</summary>
    Arithmetic = 1 << 19,

    /// <summary>An unquoted glob in some word.</summary>
    Glob = 1 << 20,

    /// <summary>A brace expansion in some word.</summary>
    BraceExpansion = 1 << 21,

    /// <summary>A simple command consisting only of assignments (<c>FOO=1</c>).</summary>
    AssignmentOnly = 1 << 22,

    /// <summary>A redirection that writes a file.</summary>
    OutputRedirection = 1 << 23,

    /// <summary>A comment was removed.</summary>
    Comment = 1 << 24,

    /// <summary>A <c>sh -c</c> / <c>bash -c</c> style script argument.</summary>
    ShellScript = 1 << 25,

    /// <summary>A compound command has redirections (see <see cref="SimpleCommand.IsCompoundRedirection"/>).</summary>
    CompoundRedirection = 1 << 26,
}
