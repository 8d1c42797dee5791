namespace RuleEngine.Evaluation.Bash;

/// <summary>How a redirection target is checked (bash.md §7).</summary>
internal enum RedirectTargetKind
{
    /// <summary>Not checked: <c>/dev/null</c>, fd duplication/closing (<c>2&gt;&amp;1</c>, <c>&gt;&amp;-</c>), here-strings.</summary>
    NotChecked,

    /// <summary>A file path: output targets are Edit-checked writes; input targets are Read-deny-checked reads.</summary>
    File,

    /// <summary>The target needs expansion (variable, substitution, glob, <c>~user</c>): ask.</summary>
    NeedsExpansion,

    /// <summary><c>/dev/tcp/…</c> or <c>/dev/udp/…</c>: opens a network connection, ask.</summary>
    Network,
}
