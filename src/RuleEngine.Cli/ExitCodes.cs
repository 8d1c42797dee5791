namespace RuleEngine.Cli;

/// <summary>Process exit codes of <c>rulec</c> (README: CLI reference).</summary>
internal static class ExitCodes
{
    /// <summary>Success, clean check, or decision allow.</summary>
    public const int Ok = 0;

    /// <summary>The command could not run (bad arguments, unreadable input, internal error).</summary>
    public const int CouldNotRun = 1;

    /// <summary>Decision deny (matches the hook convention).</summary>
    public const int Deny = 2;

    /// <summary><c>check</c> found errors, or <c>test</c> had failures.</summary>
    public const int Findings = 3;

    /// <summary>Decision ask.</summary>
    public const int Ask = 4;
}
