namespace RuleEngine.Settings;

/// <summary>The session-wide permission mode (decision.md §4).</summary>
public enum PermissionMode
{
    /// <summary><c>default</c> (alias <c>manual</c>): prompt for anything not allowed.</summary>
    Default,

    /// <summary><c>acceptEdits</c>: edits inside the working directories are approved.</summary>
    AcceptEdits,

    /// <summary><c>plan</c>: read-only planning; edits ask even with allow rules.</summary>
    Plan,

    /// <summary><c>dontAsk</c>: anything that would prompt is denied.</summary>
    DontAsk,

    /// <summary><c>bypassPermissions</c>: everything not denied or ask-ruled is allowed.</summary>
    BypassPermissions,

    /// <summary><c>auto</c>: a classifier decides what the fast path leaves open.</summary>
    Auto,
}
