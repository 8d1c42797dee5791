namespace RuleEngine.Evaluation.Bash;

/// <summary>Command-specific constraints that prefix/wildcard allow rules cannot approve (decision.md §3 step 5).</summary>
internal enum CommandConstraintKind
{
    /// <summary><c>find</c> with <c>-exec</c>, <c>-execdir</c>, <c>-ok</c>, <c>-okdir</c>, <c>-delete</c>, <c>-fprint*</c> or <c>-fls</c>.</summary>
    FindExecOrWrite,

    /// <summary>An exec wrapper as the command word: <c>watch</c>, <c>setsid</c>, <c>ionice</c>, <c>flock</c>, <c>taskset</c>, <c>chrt</c>.</summary>
    ExecWrapper,

    /// <summary><c>sed</c> whose script writes (<c>w</c>, <c>W</c>, <c>s///w</c>), executes (<c>e</c>, <c>s///e</c>) or cannot be read (<c>-f</c>, unparsed).</summary>
    SedWriteOrExec,

    /// <summary><c>cp</c>/<c>mv</c> with any option, e.g. <c>cp -r a b</c>.</summary>
    CopyMoveOptions,
}
