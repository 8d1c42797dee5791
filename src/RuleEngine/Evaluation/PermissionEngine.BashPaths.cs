using RuleEngine.Compilation;
using RuleEngine.Evaluation.Bash;
using RuleEngine.Evaluation.Files;
using RuleEngine.Paths;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

// Bash path checks: file-command arguments, cd, critical removals, redirect targets.
public sealed partial class PermissionEngine
{
    /// <summary>Path arguments of file commands, <c>cd</c>, critical removals and redirect targets (bash.md §7, §8, §10, §11).</summary>
    private Decision? CheckPaths(SimpleCommand cmd, IReadOnlyList<ArgWord> argv, PathContext pathContext, FilePermissionPolicy files, EvaluationContext context, ref BashState state)
    {
        List<Decision>? asks = null;
        string name = argv.Count > 0 ? argv[0].Value : string.Empty;

        bool changesDirectory = false;
        string? newDirectory = null;
        if (CdGitFacts.IsDirectoryChange(name))
        {
            CdFacts? cd = CdGitFacts.AnalyzeCd(argv, pathContext);
            if (cd is not null && cd.ChangesDirectory)
            {
                changesDirectory = true;
                newDirectory = cd.Target.Status == PathStatus.Resolved ? cd.Target.Path : null;
            }
        }

        if (CriticalRemoval.IsRemoval(name) && CriticalRemoval.Check(argv, pathContext) is { } critical)
        {
            (asks ??= []).Add(Decision.Ask(new SafetyCheckReason(SafetyCheckKind.CriticalRemoval, critical.Message)));
        }

        if (FileCommandPaths.IsFileCommand(name))
        {
            IReadOnlyList<CommandPath> paths = FileCommandPaths.Extract(argv, pathContext);
            for (int i = 0; i < paths.Count; i++)
            {
                CommandPath p = paths[i];
                PathAccess access = p.Operation == PathOperation.Read ? PathAccess.Read : PathAccess.Edit;
                if (state.DirectoryChanged && access == PathAccess.Read && !IsAbsoluteWord(p.Word))
                {
                    state.RelativeReadAfterCd = true;
                }

                if (p.Status == PathStatus.Glob && access == PathAccess.Edit)
                {
                    (asks ??= []).Add(Decision.Ask(new SafetyCheckReason(SafetyCheckKind.CannotCheck, $"glob patterns are not allowed in write operations (`{p.Word}`)")));
                    continue;
                }

                string? path = p.Status switch
                {
                    PathStatus.Resolved => p.Path,
                    PathStatus.Glob => p.GlobBase,
                    _ => null,
                };
                if (path is null)
                {
                    (asks ??= []).Add(Decision.Ask(new SafetyCheckReason(SafetyCheckKind.CannotCheck, $"`{p.Word}` needs shell expansion before its path can be checked")));
                    continue;
                }

                // A file a command writes or moves is also covered by Read deny rules (`cp .env b.txt`).
                if (access == PathAccess.Edit && files.FindRule(PathAccess.Read, RuleBehavior.Deny, path) is { } readDeny)
                {
                    return Decision.Deny(new RuleReason(readDeny));
                }

                Decision d = ToDecision(files.CheckShellPath(access, path), context.Mode);
                if (d.Behavior == DecisionBehavior.Deny)
                {
                    return d;
                }

                if (d.Behavior == DecisionBehavior.Ask)
                {
                    (asks ??= []).Add(d);
                }
            }
        }

        if (changesDirectory)
        {
            state.DirectoryChanged = true;
            if (newDirectory is not null)
            {
                state.CurrentDirectory = newDirectory;
            }
        }

        foreach (ShellRedirection r in cmd.Redirections)
        {
            if (r.Kind == RedirectionKind.Input)
            {
                // bash.md §7: input redirection is not permission-checked, but a Read deny still applies.
                ArgWord input = ArgWord.From(cmd.Line, r.Target);
                if (!input.NeedsExpansion && BashPaths.Resolve(input, pathContext, PathOperation.Read) is { Status: PathStatus.Resolved, Path: { } inPath }
                    && files.FindRule(PathAccess.Read, RuleBehavior.Deny, inPath) is { } readDeny)
                {
                    return Decision.Deny(new RuleReason(readDeny));
                }

                continue;
            }

            if (r.Kind is RedirectionKind.Heredoc or RedirectionKind.HereString or RedirectionKind.DuplicateInput)
            {
                continue;
            }

            if (r.Kind == RedirectionKind.DuplicateOutput && IsFdTarget(cmd, r))
            {
                continue;
            }

            ArgWord targetWord = ArgWord.From(cmd.Line, r.Target);
            RedirectTarget t = RedirectTargets.Classify(OperatorOf(r), targetWord, pathContext);
            if (t.Kind == RedirectTargetKind.NotChecked)
            {
                continue;
            }

            if (state.DirectoryChanged)
            {
                state.RedirectAfterCd = true;
            }

            if (t.Kind != RedirectTargetKind.File || t.Path is null)
            {
                (asks ??= []).Add(Decision.Ask(new SafetyCheckReason(SafetyCheckKind.CannotCheck, t.Reason ?? $"the redirect target `{targetWord.Value}` can't be checked")));
                continue;
            }

            if (cmd.Heredocs.Length > 0)
            {
                (asks ??= []).Add(Decision.Ask(new SafetyCheckReason(SafetyCheckKind.CannotCheck, "a heredoc written through an output redirect can't be checked")));
            }

            Decision d = ToDecision(files.CheckWrite(t.Path, context.Mode), context.Mode);
            switch (d.Behavior)
            {
                case DecisionBehavior.Deny:
                    return d;
                case DecisionBehavior.Ask:
                    (asks ??= []).Add(d);
                    break;
                case DecisionBehavior.Passthrough:
                    (asks ??= []).Add(Decision.Ask(new SafetyCheckReason(SafetyCheckKind.CannotCheck, $"writing `{t.Path}` through a redirect needs an Edit rule or acceptEdits mode")));
                    break;
            }
        }

        return asks?.MaxBy(a => a.AskKind);
    }

    private static bool IsFdTarget(SimpleCommand cmd, in ShellRedirection r)
    {
        ReadOnlySpan<char> v = cmd.Line.Value(r.Target);
        return v.Length > 0 && (v is "-" || v.IndexOfAnyExceptInRange('0', '9') < 0);
    }

    private static string OperatorOf(in ShellRedirection r) => r.Kind switch
    {
        RedirectionKind.Output => ">",
        RedirectionKind.Append => ">>",
        RedirectionKind.Clobber => ">|",
        RedirectionKind.ReadWrite => "<>",
        RedirectionKind.OutputAndError => "&>",
        RedirectionKind.AppendOutputAndError => "&>>",
        RedirectionKind.DuplicateOutput => ">&",
        RedirectionKind.DuplicateInput => "<&",
        RedirectionKind.HereString => "<<<",
        RedirectionKind.Heredoc => "<<",
        _ => "<",
    };

    private static bool IsAbsoluteWord(string word) => word.StartsWith('/') || word.StartsWith('~') || word.StartsWith("$HOME", StringComparison.Ordinal);
}
