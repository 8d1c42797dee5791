namespace RuleEngine.Shell;

/// <summary>Facts about one shell word the permission engine needs.</summary>
[Flags]
internal enum WordFlags
{
    /// <summary>A plain word: no quoting, expansion or glob.</summary>
    None = 0,

    /// <summary>Some part is inside <c>'…'</c>.</summary>
    SingleQuoted = 1 << 0,

    /// <summary>Some part is inside <c>"…"</c>.</summary>
    DoubleQuoted = 1 << 1,

    /// <summary>Some part is ANSI-C quoted <c>$'…'</c> (escape codes are not decoded; the engine asks).</summary>
    AnsiCQuoted = 1 << 2,

    /// <summary>Contains a backslash escape outside single quotes (<c>n\pm</c>).</summary>
    Escaped = 1 << 3,

    /// <summary>Contains a backslash-escaped space or tab (<c>my\ dir</c>).</summary>
    EscapedWhitespace = 1 << 4,

    /// <summary>Contains an unquoted <c>*</c>, <c>?</c> or <c>[</c>.</summary>
    UnquotedGlob = 1 << 5,

    /// <summary>Contains an unquoted brace expansion <c>{a,b}</c> or <c>{1..3}</c>.</summary>
    BraceExpansion = 1 << 6,

    /// <summary>Starts with an unquoted <c>~</c> (the engine expands <c>~</c> and <c>~/…</c>).</summary>
    LeadingTilde = 1 << 7,

    /// <summary>Contains unbraced <c>$HOME</c> (the engine expands it; the value holds the expansion when a home is configured).</summary>
    HomeVariable = 1 << 8,

    /// <summary>Contains an unresolved variable other than <c>$HOME</c> (<c>$FOO</c>, <c>$1</c>, <c>$@</c>…).</summary>
    Variable = 1 << 9,

    /// <summary>Contains a braced parameter expansion <c>${…}</c> (including <c>${HOME}</c>).</summary>
    BracedVariable = 1 << 10,

    /// <summary>Contains an unresolved command substitution <c>$( … )</c> or backticks.</summary>
    CommandSubstitution = 1 << 11,

    /// <summary>Contains backticks (also sets <see cref="CommandSubstitution"/>).</summary>
    Backticks = 1 << 12,

    /// <summary>Contains a process substitution <c>&lt;( … )</c> / <c>&gt;( … )</c>.</summary>
    ProcessSubstitution = 1 << 13,

    /// <summary>Contains arithmetic expansion <c>$(( … ))</c> or <c>$[ … ]</c>.</summary>
    Arithmetic = 1 << 14,

    /// <summary>Contains a quoted-heredoc substitution <c>"$(cat &lt;&lt;'EOF' … EOF)"</c> resolved to its text.</summary>
    StaticHeredoc = 1 << 15,

    /// <summary>Was <c>$x</c> resolved from an earlier <c>x=value</c> (bash.md §5).</summary>
    ResolvedVariable = 1 << 16,

    /// <summary>Has the shape <c>NAME=…</c>, <c>NAME+=…</c> or <c>NAME[i]=…</c> with an unquoted name.</summary>
    AssignmentShape = 1 << 17,

    /// <summary>Contains a line continuation (backslash-newline), removed from the value.</summary>
    LineContinuation = 1 << 18,

    /// <summary>Any quoting.</summary>
    Quoted = SingleQuoted | DoubleQuoted | AnsiCQuoted,

    /// <summary>Anything whose value is not known statically.</summary>
    Unresolved = Variable | BracedVariable | CommandSubstitution | ProcessSubstitution | Arithmetic | AnsiCQuoted,
}
