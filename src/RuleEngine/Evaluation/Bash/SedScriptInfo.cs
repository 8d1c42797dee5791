namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// What a sed script does, e.g. <c>1p</c> → print only; <c>s/a/b/w out</c> → writes <c>out</c>;
/// <c>1e date</c> → executes.
/// </summary>
/// <param name="Parsed">The script was understood; false means "cannot be checked" (fail closed).</param>
/// <param name="PrintOnly">Every command is <c>p</c> (with optional addresses), at least one.</param>
/// <param name="HasWrite">A <c>w</c>/<c>W</c> command or an <c>s///w</c> flag.</param>
/// <param name="HasExec">An <c>e</c> command or an <c>s///e</c> flag.</param>
/// <param name="HasReadFile">An <c>r</c>/<c>R</c> command.</param>
/// <param name="WriteFiles">File names after <c>w</c>/<c>W</c>/<c>s///w</c>, null when none.</param>
/// <param name="ReadFiles">File names after <c>r</c>/<c>R</c>, null when none.</param>
internal sealed record SedScriptInfo(
    bool Parsed,
    bool PrintOnly,
    bool HasWrite,
    bool HasExec,
    bool HasReadFile,
    IReadOnlyList<string>? WriteFiles,
    IReadOnlyList<string>? ReadFiles)
{
    /// <summary>Parsed and neither writes, executes nor reads other files: the acceptEdits "simple sed".</summary>
    public bool IsSimple => Parsed && !HasWrite && !HasExec && !HasReadFile;
}
