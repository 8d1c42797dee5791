using RuleEngine.Paths;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation.Files;

/// <summary>Path checks for shell commands (bash.md §7–§8): path arguments of file commands and redirect targets.</summary>
internal sealed partial class FilePermissionPolicy
{
    /// <summary>
    /// Normalises a shell path argument: relative paths resolve against <paramref name="baseDirectory"/>
    /// (the directory after <c>cd</c>; the cwd when null), <c>~</c> expands to home, then symlinks resolve.
    /// </summary>
    public ResolvedPath ResolveFrom(string path, string? baseDirectory)
    {
        if (baseDirectory is null || path.StartsWith('/') || path.StartsWith('~'))
        {
            return Resolve(path);
        }

        string baseDir = Environment.Normalize(baseDirectory);
        return Resolve(baseDir == "/" ? "/" + path : baseDir + "/" + path);
    }

    /// <summary>
    /// Checks one path argument of a shell command (bash.md §8): a Read deny (read commands) or Edit deny
    /// (write/create commands, redirect targets) → deny; a protected write target → ask (safety check);
    /// outside the working directories without a covering Read/Edit allow → ask (cannot be checked), and
    /// with <c>blockReads/WritesOutsideWorkingDirectories</c> always ask (safety check); otherwise
    /// passthrough, leaving the command's own rules to decide. Read ask rules do not apply to shell reads
    /// (bash.md §8.3); ask rules are left to the caller (<see cref="FindRule(PathAccess, RuleBehavior, ResolvedPath)"/>).
    /// </summary>
    public FileVerdict CheckShellPath(PathAccess access, string path, string? baseDirectory = null)
    {
        ResolvedPath p = ResolveFrom(path, baseDirectory);
        if (FindRule(access, RuleBehavior.Deny, p) is { } deny)
        {
            return FileVerdict.Deny(RuleReason(deny, p));
        }

        if (access == PathAccess.Edit)
        {
            ProtectedPathKind kind = ClassifyProtected(p);
            if (kind != ProtectedPathKind.None)
            {
                return FileVerdict.Ask(FileAskKind.SafetyCheck, Reason(FileCheckReasonKind.ProtectedPath, p) with { Protected = kind });
            }
        }

        if (IsInsideWorkingDirectories(p))
        {
            return FileVerdict.Passthrough(Reason(FileCheckReasonKind.WorkingDirectory, p));
        }

        bool blocked = access == PathAccess.Read ? Context.BlockReadsOutsideWorkingDirectories : Context.BlockWritesOutsideWorkingDirectories;
        if (blocked)
        {
            return FileVerdict.Ask(FileAskKind.SafetyCheck, Reason(FileCheckReasonKind.BlockedOutsideWorkingDirectories, p));
        }

        // paths.md §1 lists only Read allow for shell reads (not Edit allow as for the Read tool); fail closed.
        RuleEntry? allow = FindRule(access, RuleBehavior.Allow, p);
        return allow is not null
            ? FileVerdict.Passthrough(RuleReason(allow, p))
            : FileVerdict.Ask(FileAskKind.CannotCheck, OutsideReason(p));
    }
}
