using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RuleEngine.Evaluation.Files;
using RuleEngine.Paths;
using RuleEngine.Settings;

namespace RuleEngine.Evaluation;

public sealed partial class PermissionEngine
{
    private const int MaxFilePolicies = 256;

    // Compiled path rules per evaluation context. The reference table makes the common case (one context
    // per session) a single lookup; the value table makes a host that builds an equal context for every
    // call (e.g. `context with { Mode = … }`) reuse the compiled rules instead of recompiling them per call.
    private readonly ConditionalWeakTable<EvaluationContext, FilePermissionPolicy> _filePolicies = new();
    private readonly ConcurrentDictionary<FileContextKey, FilePermissionPolicy> _filePoliciesByValue = new();

    // The context last looked up and its policy (one object, so readers never pair a context with another's policy).
    // Saves the table lookup while a host keeps deciding in one context; costs one small allocation per switch.
    private FilePolicyMemo? _lastFilePolicy;

    /// <summary>The compiled path rules for <paramref name="context"/>, built once per distinct context value.</summary>
    internal FilePermissionPolicy FilePolicy(EvaluationContext context)
    {
        if (Volatile.Read(ref _lastFilePolicy) is { } last && ReferenceEquals(last.Context, context))
        {
            return last.Policy;
        }

        FilePermissionPolicy policy = LookUpFilePolicy(context);
        Volatile.Write(ref _lastFilePolicy, new FilePolicyMemo(context, policy));
        return policy;
    }

    private FilePermissionPolicy LookUpFilePolicy(EvaluationContext context) =>
        _filePolicies.GetValue(context, c =>
        {
            if (_filePoliciesByValue.Count >= MaxFilePolicies)
            {
                _filePoliciesByValue.Clear();
            }

            return _filePoliciesByValue.GetOrAdd(FileContextKey.From(c), _ => FilePermissionPolicy.Create(_rules.All, ToFileContext(c), _rules.PathRuleDecision));
        });

    /// <summary>A context and its compiled file policy.</summary>
    private sealed record FilePolicyMemo(EvaluationContext Context, FilePermissionPolicy Policy);

    /// <summary>Everything a compiled file policy depends on, compared by value.</summary>
    private readonly record struct FileContextKey(
        string Cwd, string Home, string AdditionalDirectories, string? ProjectRoot, PermissionMode Mode, object? FileSystem, bool BlockReads, bool BlockWrites)
    {
        public static FileContextKey From(EvaluationContext c) => new(
            c.Cwd, c.Home, string.Join('\n', c.AdditionalDirectories), c.ProjectRoot, c.Mode, c.FileSystem,
            c.BlockReadsOutsideWorkingDirectories, c.BlockWritesOutsideWorkingDirectories);
    }

    private static FileCheckContext ToFileContext(EvaluationContext c) => new(c.Cwd, c.Home)
    {
        AdditionalWorkingDirectories = c.AdditionalDirectories,
        ProjectRoot = c.ProjectRoot ?? c.Cwd,
        Mode = c.Mode,
        FileSystem = c.FileSystem ?? PhysicalFileSystemView.Instance,
        BlockReadsOutsideWorkingDirectories = c.BlockReadsOutsideWorkingDirectories,
        BlockWritesOutsideWorkingDirectories = c.BlockWritesOutsideWorkingDirectories,
    };

    // file: the call as prepared by the validation step, or default to prepare it here.
    private Decision CheckFileTool(ToolCall call, EvaluationContext context, ref FileRequest file)
    {
        // A prepared call carries its policy (the one FilePolicy(context) gives): no second lookup.
        FilePermissionPolicy policy = file.Policy ?? FilePolicy(context);
        if (file.Tool is null)
        {
            policy.Prepare(call, FileTool.Find(call.ToolName)!, out file);
        }

        FileOutcome outcome = policy.CheckOutcome(file, policy.Context.Mode);

        // An outcome that just reports a rule is that rule's prebuilt decision (what ToDecision would build, shared).
        if (outcome is { Kind: FileCheckReasonKind.Rule, Matched.SharedDecision: { } shared })
        {
            return shared;
        }

        // The mode's own approval (acceptEdits, auto: an edit inside the working directories) says the same for every path.
        if (outcome is { Behavior: FileVerdictBehavior.Allow, Kind: FileCheckReasonKind.Mode } && outcome.Mode == context.Mode)
        {
            return ModeAllow(context.Mode);
        }

        return ToDecision(outcome.ToVerdict(file.Path), context.Mode);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PermissionMode, Decision> s_modeAllows = new();

    // What ToDecision builds for a mode's allow verdict (its message names only the mode), built once per mode.
    private static Decision ModeAllow(PermissionMode mode) =>
        s_modeAllows.GetOrAdd(mode, m => ToDecision((FileOutcome.Allow(FileCheckReasonKind.Mode) with { Mode = m }).ToVerdict(string.Empty, string.Empty), m));

    private Decision? ValidateFileTool(ToolCall call, FileTool tool, EvaluationContext context, ref FileRequest file)
    {
        FilePermissionPolicy policy = FilePolicy(context);
        policy.Prepare(call, tool, out file);
        FileVerdict? deny = policy.ValidateDeny(file);
        return deny is null ? null : ToDecision(deny, context.Mode);
    }

    /// <summary>Translates a file-check verdict into a decision with the matching reason and ask kind.</summary>
    internal static Decision ToDecision(FileVerdict verdict, PermissionMode mode)
    {
        FileCheckReason r = verdict.Reason;
        DecisionReason reason = r.Kind switch
        {
            FileCheckReasonKind.Rule when r.Rule is { } rule => new RuleReason(rule),
            FileCheckReasonKind.ReadDenyValidation => new SafetyCheckReason(SafetyCheckKind.ReadDenyBlocksWrite, r.Message, r.Rule),
            FileCheckReasonKind.SymlinkWriteTarget or FileCheckReasonKind.SymlinkEscape => new SafetyCheckReason(SafetyCheckKind.Symlink, r.Message),
            FileCheckReasonKind.ProtectedPath => new SafetyCheckReason(SafetyCheckKind.ProtectedPath, r.Message),
            FileCheckReasonKind.BlockedOutsideWorkingDirectories => new SafetyCheckReason(SafetyCheckKind.OutsideWorkingDirectory, r.Message),
            FileCheckReasonKind.OutsideWorkingDirectories => new SafetyCheckReason(SafetyCheckKind.OutsideWorkingDirectory, r.Message),
            FileCheckReasonKind.InvalidInput => new SafetyCheckReason(SafetyCheckKind.InvalidInput, r.Message),
            FileCheckReasonKind.Mode or FileCheckReasonKind.WorkingDirectory => new ModeReason(mode, r.Message),
            _ => new NoRuleReason(r.Message),
        };

        return verdict.Behavior switch
        {
            FileVerdictBehavior.Allow => Decision.Allow(reason),
            FileVerdictBehavior.Deny => Decision.Deny(reason),
            FileVerdictBehavior.Passthrough => Decision.Passthrough(reason is NoRuleReason ? reason : new NoRuleReason(r.Message)),
            _ => verdict.AskKind switch
            {
                FileAskKind.Rule => Decision.Ask(reason is RuleReason ? reason : new NoRuleReason(r.Message)),
                FileAskKind.CannotCheck => Decision.Ask(reason is SafetyCheckReason ? reason : new SafetyCheckReason(SafetyCheckKind.CannotCheck, r.Message)),
                FileAskKind.Mode => Decision.Ask(new SafetyCheckReason(SafetyCheckKind.ModeRestriction, r.Message)),
                _ => Decision.Ask(reason is SafetyCheckReason ? reason : new SafetyCheckReason(SafetyCheckKind.ProtectedPath, r.Message)),
            },
        };
    }
}
