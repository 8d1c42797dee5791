using RuleEngine.Settings;
using RuleEngine.Paths;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation.Files;

/// <summary>The read and write decision procedures (decision.md §2 step 6, paths.md §1, §6–§8).</summary>
internal sealed partial class FilePermissionPolicy
{
    /// <summary>The read check (Read, Grep, Glob, LSP) for a path.</summary>
    public FileVerdict CheckRead(string path, PermissionMode mode)
    {
        ResolvedPath resolved = Resolve(path);
        PathProbe probe = Rules.Probe(resolved.Requested);
        return CheckRead(resolved, probe, mode).ToVerdict(resolved);
    }

    /// <summary>The write check (Edit, Write, NotebookEdit) for a path; <paramref name="refuseLinkTarget"/> for Edit/Write.</summary>
    public FileVerdict CheckWrite(string path, PermissionMode mode, bool refuseLinkTarget = true)
    {
        ResolvedPath resolved = Resolve(path);
        PathProbe probe = Rules.Probe(resolved.Requested);
        return CheckWrite(resolved, probe, mode, refuseLinkTarget).ToVerdict(resolved);
    }

    private FileVerdict ValidatePath(FileTool tool, string raw)
    {
        ResolvedPath path = Resolve(raw);
        RuleEntry? deny = FindRule(PathAccess.Read, RuleBehavior.Deny, path);
        return deny is not null
            ? FileVerdict.Deny(Reason(FileCheckReasonKind.ReadDenyValidation, path) with { Rule = deny })
            : FileVerdict.Passthrough(Reason(FileCheckReasonKind.NotGranted, path));
    }

    // ValidatePath when it denies, else null (no passthrough verdict is built).
    private FileVerdict? ValidateDenyPath(in ResolvedPath path, in PathProbe probe)
    {
        RuleEntry? deny = FindRule(PathAccess.Read, RuleBehavior.Deny, path, probe)?.Entry;
        return deny is not null ? FileVerdict.Deny(Reason(FileCheckReasonKind.ReadDenyValidation, path) with { Rule = deny }) : null;
    }

    private FileVerdict Check(FileTool tool, string raw, PermissionMode mode)
    {
        ResolvedPath path = Resolve(raw, tool.PathIsDirectory);
        PathProbe probe = Rules.Probe(path.Requested);
        return Check(tool, path, probe, mode).ToVerdict(path);
    }

    private FileOutcome Check(FileTool tool, in ResolvedPath path, in PathProbe probe, PermissionMode mode) =>
        tool.IsWrite ? CheckWrite(path, probe, mode, tool.RefusesLinkTarget) : CheckRead(path, probe, mode);

    // probe: Rules.Probe(path.Requested), or default to let every lookup walk the path itself.
    private FileOutcome CheckRead(in ResolvedPath path, in PathProbe probe, PermissionMode mode)
    {
        if (FindRule(PathAccess.Read, RuleBehavior.Deny, path, probe) is { } deny)
        {
            return FileOutcome.Deny(FileCheckReasonKind.Rule) with { Matched = deny };
        }

        if (FindRule(PathAccess.Read, RuleBehavior.Ask, path, probe) is { } ask)
        {
            return FileOutcome.Ask(FileAskKind.Rule, FileCheckReasonKind.Rule) with { Matched = ask };
        }

        bool inside = IsInsideWorkingDirectories(path);
        if (!inside && Context.BlockReadsOutsideWorkingDirectories)
        {
            return FileOutcome.Deny(FileCheckReasonKind.BlockedOutsideWorkingDirectories);
        }

        // paths.md §1 rule 1: whatever the write check would allow may also be read. Plan mode keeps only
        // edits at ask, so the write check runs as in default there.
        FileOutcome write = CheckWrite(path, probe, mode == PermissionMode.Plan ? PermissionMode.Default : mode, refuseLinkTarget: false);
        if (write.Behavior == FileVerdictBehavior.Allow)
        {
            return write;
        }

        if (inside)
        {
            return FileOutcome.Allow(FileCheckReasonKind.WorkingDirectory);
        }

        if (FindRule(PathAccess.Read, RuleBehavior.Allow, path, probe) is { } allow)
        {
            return FileOutcome.Allow(FileCheckReasonKind.Rule) with { Matched = allow };
        }

        return FileOutcome.Ask(FileAskKind.CannotCheck, OutsideKind(path));
    }

    private FileOutcome CheckWrite(in ResolvedPath path, in PathProbe probe, PermissionMode mode, bool refuseLinkTarget)
    {
        if (FindRule(PathAccess.Edit, RuleBehavior.Deny, path, probe) is { } deny)
        {
            return FileOutcome.Deny(FileCheckReasonKind.Rule) with { Matched = deny };
        }

        if (refuseLinkTarget && _fs.IsSymbolicLink(path.Requested))
        {
            return FileOutcome.Deny(FileCheckReasonKind.SymlinkWriteTarget);
        }

        bool inside = IsInsideWorkingDirectories(path);
        if (Context.BlockWritesOutsideWorkingDirectories)
        {
            if (!inside)
            {
                return FileOutcome.Deny(FileCheckReasonKind.BlockedOutsideWorkingDirectories);
            }

            if (ProtectedPaths.IsClaudeSettingsFile(path.Requested) || ProtectedPaths.IsClaudeSettingsFile(path.Resolved))
            {
                return FileOutcome.Deny(FileCheckReasonKind.BlockedOutsideWorkingDirectories) with { Detail = "a Claude Code settings file" };
            }
        }

        if (FindRule(PathAccess.Edit, RuleBehavior.Ask, path, probe) is { } ask)
        {
            return FileOutcome.Ask(FileAskKind.Rule, FileCheckReasonKind.Rule) with { Matched = ask };
        }

        ProtectedPathKind protectedKind = ClassifyProtected(path, probe);
        if (protectedKind != ProtectedPathKind.None)
        {
            return FileOutcome.Ask(FileAskKind.SafetyCheck, FileCheckReasonKind.ProtectedPath) with { Protected = protectedKind };
        }

        if (mode == PermissionMode.Plan)
        {
            return FileOutcome.Ask(FileAskKind.Mode, FileCheckReasonKind.Mode) with { Mode = mode };
        }

        if (inside && mode is PermissionMode.AcceptEdits or PermissionMode.Auto)
        {
            return FileOutcome.Allow(FileCheckReasonKind.Mode) with { Mode = mode };
        }

        if (FindRule(PathAccess.Edit, RuleBehavior.Allow, path, probe) is { } allow)
        {
            return FileOutcome.Allow(FileCheckReasonKind.Rule) with { Matched = allow };
        }

        return inside
            ? FileOutcome.Passthrough(FileCheckReasonKind.NotGranted)
            : FileOutcome.Ask(FileAskKind.CannotCheck, OutsideKind(path));
    }

    private FileCheckReasonKind OutsideKind(in ResolvedPath path) =>
        Environment.IsInsideWorkingDirectories(path.Requested) ? FileCheckReasonKind.SymlinkEscape : FileCheckReasonKind.OutsideWorkingDirectories;

    private FileCheckReason OutsideReason(ResolvedPath path) => Reason(OutsideKind(path), path);

    private static FileCheckReason Reason(FileCheckReasonKind kind, ResolvedPath path) => new(kind, path.Requested, path.Resolved);

    private static FileCheckReason RuleReason(RuleEntry rule, ResolvedPath path) => new(FileCheckReasonKind.Rule, path.Requested, path.Resolved) { Rule = rule };
}
