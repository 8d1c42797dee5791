namespace RuleEngine.Evaluation.Files;

/// <summary>The permission mode as far as the file-tool check cares (decision.md §4); the engine maps its own mode onto this.</summary>
internal enum FileCheckMode
{
    /// <summary><c>default</c> (alias <c>manual</c>).</summary>
    Default,

    /// <summary><c>acceptEdits</c>: edits inside the working directories are allowed.</summary>
    AcceptEdits,

    /// <summary><c>plan</c>: edits ask even with an allow rule.</summary>
    Plan,

    /// <summary><c>dontAsk</c>: the check runs as in default; the engine turns the final ask into deny.</summary>
    DontAsk,

    /// <summary><c>bypassPermissions</c>: the check runs as in default; the engine allows what is not a deny, rule ask or bypass-immune check.</summary>
    BypassPermissions,

    /// <summary><c>auto</c>: in-scope edits are allowed on the fast path; the rest goes to the classifier.</summary>
    Auto,
}
