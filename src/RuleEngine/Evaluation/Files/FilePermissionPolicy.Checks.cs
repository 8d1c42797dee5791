using RuleEngine.Settings;
using RuleEngine.Paths;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation.Files;

/// <summary>The read and write decision procedures (decision.md §2 step 6, paths.md §1, §6–§8).</summary>
internal sealed partial class FilePermissionPolicy
{
    /// <summary>The read check (Read, Grep, Glob, LSP) for a path.</summary>
    public FileVerdict CheckRead(string path, PermissionMode mode) => CheckRead(Resolve(path), mode);

    /// <summary>The write check (Edit, Write, NotebookEdit) for a path; <paramref name="refuseLinkTarget"/> for Edit/Write.</summary>
    public FileVerdict CheckWrite(string path, PermissionMode mode, bool refuseLinkTarget = true) => CheckWrite(Resolve(path), mode, refuseLinkTarget);

    private FileVerdict ValidatePath(FileTool tool, string raw)
    {
        ResolvedPath path = Resolve(raw);
        RuleEntry? deny = FindRule(PathAccess.Read, RuleBehavior.Deny, path);
        return deny is not null
            ? FileVerdict.Deny(Reason(FileCheckReasonKind.ReadDenyValidation, path) with { Rule = deny })
            : FileVerdict.Passthrough(Reason(FileCheckReasonKind.NotGranted, path));
    }

    // ValidatePath when it denies, else null (no passthrough verdict is built).
    private FileVerdict? ValidateDenyPath(string raw)
    {
        ResolvedPath path = Resolve(raw);
        RuleEntry? deny = FindRule(PathAccess.Read, RuleBehavior.Deny, path);
        return deny is not null ? FileVerdict.Deny(Reason(FileCheckReasonKind.ReadDenyValidation, path) with { Rule = deny }) : null;
    }

    private FileVerdict Check(FileTool tool, string raw, PermissionMode mode)
    {
        ResolvedPath path = Resolve(raw, tool.PathIsDirectory);
        return tool.IsWrite ? CheckWrite(path, mode, tool.RefusesLinkTarget) : CheckRead(path, mode);
    }

    private FileVerdict CheckRead(ResolvedPath path, PermissionMode mode)
    {
        if (FindRule(PathAccess.Read, RuleBehavior.Deny, path) is { } deny)
        {
            return FileVerdict.Deny(RuleReason(deny, path));
        }

        if (FindRule(PathAccess.Read, RuleBehavior.Ask, path) is { } ask)
        {
            return FileVerdict.Ask(FileAskKind.Rule, RuleReason(ask, path));
        }

        bool inside = IsInsideWorkingDirectories(path);
        if (!inside && Context.BlockReadsOutsideWorkingDirectories)
        {
            return FileVerdict.Deny(Reason(FileCheckReasonKind.BlockedOutsideWorkingDirectories, path));
        }

        // paths.md §1 rule 1: whatever the write check would allow may also be read. Plan mode keeps only
        // edits at ask, so the write check runs as in default there.
        FileVerdict write = CheckWrite(path, mode == PermissionMode.Plan ? PermissionMode.Default : mode, refuseLinkTarget: false);
        if (write.Behavior == FileVerdictBehavior.Allow)
        {
            return write;
        }

        if (inside)
        {
            return FileVerdict.Allow(Reason(FileCheckReasonKind.WorkingDirectory, path));
        }

        if (FindRule(PathAccess.Read, RuleBehavior.Allow, path) is { } allow)
        {
            return FileVerdict.Allow(RuleReason(allow, path));
        }

        return FileVerdict.Ask(FileAskKind.CannotCheck, OutsideReason(path));
    }

    private FileVerdict CheckWrite(ResolvedPath path, PermissionMode mode, bool refuseLinkTarget)
    {
        if (FindRule(PathAccess.Edit, RuleBehavior.Deny, path) is { } deny)
        {
            return FileVerdict.Deny(RuleReason(deny, path));
        }

        if (refuseLinkTarget && _fs.IsSymbolicLink(path.Requested))
        {
            return FileVerdict.Deny(Reason(FileCheckReasonKind.SymlinkWriteTarget, path));
        }

        bool inside = IsInsideWorkingDirectories(path);
        if (Context.BlockWritesOutsideWorkingDirectories)
        {
            if (!inside)
            {
                return FileVerdict.Deny(Reason(FileCheckReasonKind.BlockedOutsideWorkingDirectories, path));
            }

            if (ProtectedPaths.IsClaudeSettingsFile(path.Requested) || ProtectedPaths.IsClaudeSettingsFile(path.Resolved))
            {
                return FileVerdict.Deny(Reason(FileCheckReasonKind.BlockedOutsideWorkingDirectories, path) with { Detail = "a Claude Code settings file" });
            }
        }

        if (FindRule(PathAccess.Edit, RuleBehavior.Ask, path) is { } ask)
        {
            return FileVerdict.Ask(FileAskKind.Rule, RuleReason(ask, path));
        }

        ProtectedPathKind protectedKind = ClassifyProtected(path);
        if (protectedKind != ProtectedPathKind.None)
        {
            return FileVerdict.Ask(FileAskKind.SafetyCheck, Reason(FileCheckReasonKind.ProtectedPath, path) with { Protected = protectedKind });
        }

        if (mode == PermissionMode.Plan)
        {
            return FileVerdict.Ask(FileAskKind.Mode, Reason(FileCheckReasonKind.Mode, path) with { Mode = mode });
        }

        if (inside && mode is PermissionMode.AcceptEdits or PermissionMode.Auto)
        {
            return FileVerdict.Allow(Reason(FileCheckReasonKind.Mode, path) with { Mode = mode });
        }

        if (FindRule(PathAccess.Edit, RuleBehavior.Allow, path) is { } allow)
        {
            return FileVerdict.Allow(RuleReason(allow, path));
        }

        return inside
            ? FileVerdict.Passthrough(Reason(FileCheckReasonKind.NotGranted, path))
            : FileVerdict.Ask(FileAskKind.CannotCheck, OutsideReason(path));
    }

    private FileCheckReason OutsideReason(ResolvedPath path) =>
        Environment.IsInsideWorkingDirectories(path.Requested)
            ? Reason(FileCheckReasonKind.SymlinkEscape, path)
            : Reason(FileCheckReasonKind.OutsideWorkingDirectories, path);

    private static FileCheckReason Reason(FileCheckReasonKind kind, ResolvedPath path) => new(kind, path.Requested, path.Resolved);

    private static FileCheckReason RuleReason(RuleEntry rule, ResolvedPath path) => new(FileCheckReasonKind.Rule, path.Requested, path.Resolved) { Rule = rule };
}
