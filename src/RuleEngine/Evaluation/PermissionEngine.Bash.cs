using System.Collections.Immutable;
using System.Runtime.InteropServices;
using RuleEngine.Compilation;
using RuleEngine.Evaluation.Bash;
using RuleEngine.Evaluation.Files;
using RuleEngine.Paths;
using RuleEngine.Settings;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

public sealed partial class PermissionEngine
{
    private const string RequiresApproval = "This command requires approval";

    /// <summary>Bash and Monitor: whole-command checks, then the per-subcommand pipeline of decision.md §3.</summary>
    private Decision CheckBash(ToolCall call, EvaluationContext context)
    {
        if (call.GetString("command") is not { } command)
        {
            return Decision.Ask(new SafetyCheckReason(SafetyCheckKind.InvalidInput, $"the {call.ToolName} input has no string `command`"));
        }

        string text = command.Trim();
        ShellAnalyzer analyzer = ShellAnalyzerPool.Rent(context.Home);
        try
        {
            CommandLine line = analyzer.Analyze(text);
            return CheckCommandLine(line, text, context);
        }
        finally
        {
            ShellAnalyzerPool.Return(analyzer);
        }
    }

    private Decision CheckCommandLine(CommandLine line, string text, EvaluationContext context)
    {
        if (line.Status != AnalysisStatus.Ok)
        {
            return CheckUnanalysed(line, text);
        }

        var state = new BashState(context.Cwd);
        try
        {
            return CheckCommands(line, context, ref state);
        }
        finally
        {
            state.ReturnArgv();
        }
    }

    private Decision CheckCommands(CommandLine line, EvaluationContext context, ref BashState state)
    {
        ReadOnlySpan<SimpleCommand> commands = line.Commands;
        if (commands.Length == 1)
        {
            // One subcommand: its decision is the combined one (no parts list, no display text).
            Decision single = CheckSubcommand(commands[0], context, ref state);
            return single.Behavior == DecisionBehavior.Deny ? single : PreferWholeCommandAsk(single, line, context, ref state);
        }

        var parts = new SubcommandDecision[commands.Length];
        for (int i = 0; i < commands.Length; i++)
        {
            SimpleCommand cmd = commands[i];
            parts[i] = new SubcommandDecision(WordStrings.Get(cmd.DisplayText), CheckSubcommand(cmd, context, ref state));
        }

        // The array is never written again, so it can back the immutable array without a copy.
        Decision combined = Combine(ImmutableCollectionsMarshal.AsImmutableArray(parts));
        return combined.Behavior == DecisionBehavior.Deny ? combined : PreferWholeCommandAsk(combined, line, context, ref state);
    }

    /// <summary>The whole-command check's ask when it is stronger than the subcommands' combined decision.</summary>
    private Decision PreferWholeCommandAsk(Decision combined, CommandLine line, EvaluationContext context, ref BashState state)
    {
        Decision? whole = WholeCommandCheck(line, context, ref state);
        return whole is not null && whole.AskKind > combined.AskKind ? whole : combined;
    }

    private static Decision Combine(ImmutableArray<SubcommandDecision> parts)
    {
        if (parts.Length == 1)
        {
            return parts[0].Decision;
        }

        // Any deny, else any ask, else allow when every part is allowed, else passthrough.
        bool deny = false, ask = false, allAllowed = true;
        foreach (SubcommandDecision part in parts)
        {
            DecisionBehavior b = part.Decision.Behavior;
            deny |= b == DecisionBehavior.Deny;
            ask |= b == DecisionBehavior.Ask;
            allAllowed &= b == DecisionBehavior.Allow;
        }

        DecisionBehavior behavior = deny ? DecisionBehavior.Deny
            : ask ? DecisionBehavior.Ask
            : allAllowed ? DecisionBehavior.Allow
            : DecisionBehavior.Passthrough;
        return new Decision(behavior, new SubcommandsReason(parts));
    }

    /// <summary>Checks that look at the command as a whole (decision.md §3 first paragraph).</summary>
    private Decision? WholeCommandCheck(CommandLine line, EvaluationContext context, ref BashState state)
    {
        if (state.NestedScriptDeny is { } scriptDeny)
        {
            return Decision.Ask(new SafetyCheckReason(SafetyCheckKind.NestedScript,
                $"a shell script in this command runs `{scriptDeny.Rule}`, which a deny rule blocks", scriptDeny));
        }

        string? why = null;
        if (line.Has(CommandLineFlags.UnresolvedSubstitution | CommandLineFlags.ProcessSubstitution))
        {
            why = "a nested command can't be checked before it runs";
        }
        else if (line.Has(CommandLineFlags.Background))
        {
            why = "the `&` background operator runs a command whose outcome can't be checked";
        }
        else if (line.Has(CommandLineFlags.AnsiCQuote))
        {
            why = "`$'…'` quoting hides characters that can't be checked";
        }
        else if (line.Has(CommandLineFlags.Arithmetic) && line.Source.Contains("$[", StringComparison.Ordinal))
        {
            // `$((…))` is plain arithmetic (allowed under an echo rule); the obsolete `$[…]` form asks (conformance).
            why = "the `$[…]` arithmetic form can't be checked before it runs";
        }
        else if (line.Has(CommandLineFlags.Variable | CommandLineFlags.BracedVariable))
        {
            why = "a variable's value can't be known before the command runs";
        }
        else if (line.Has(CommandLineFlags.EscapedWhitespace))
        {
            why = "backslash-escaped whitespace changes how the command splits into words";
        }
        else if (line.Has(CommandLineFlags.UnquotedHeredoc))
        {
            why = "an unquoted heredoc is expanded by the shell and can't be checked";
        }
        else if (line.Has(CommandLineFlags.EvalLike))
        {
            why = "the command evaluates its arguments as shell code";
        }
        else if (state.DirectoryChanged && state.HasGit)
        {
            why = "`cd` to another directory followed by `git` can run that repository's hooks and config";
        }
        else if (state.DirectoryChanged && state.RedirectAfterCd)
        {
            why = "an output redirect after `cd` writes relative to a directory that can't be checked";
        }
        else if (state.DirectoryChanged && state.RelativeReadAfterCd && _rules.HasReadDeny)
        {
            why = "a relative read after `cd` can't be checked against the Read deny rules";
        }
        else if (state.GroupAllowedByRule)
        {
            why = "A group in parentheses in this command can't be checked before it runs";
        }

        return why is null ? null : Decision.Ask(new SafetyCheckReason(SafetyCheckKind.CannotCheck, why));
    }

    private Decision CheckSubcommand(SimpleCommand cmd, EvaluationContext context, ref BashState state)
    {
        // 1-2. deny and ask rules (they see every candidate: env, wrappers, exec wrappers, base names).
        if (_lookup.FindBash(RuleBehavior.Deny, cmd, BashRuleKinds.All) is >= 0 and int deny)
        {
            return _rules.BashDecision(RuleBehavior.Deny, deny);
        }

        if (CommandNormalizer.IsShellScriptInvocation(cmd) && FindDenyInScript(cmd, context) is { } scriptDeny)
        {
            state.NestedScriptDeny ??= scriptDeny;
        }

        if (_lookup.FindBash(RuleBehavior.Ask, cmd, BashRuleKinds.All) is >= 0 and int ask)
        {
            return _rules.BashDecision(RuleBehavior.Ask, ask);
        }

        // An assignment-only command (`FOO=1`, `x=rm`) changes what later words mean: it asks (conformance bash.env-101).
        if (!cmd.HasCommandWord && !cmd.IsCompoundRedirection)
        {
            return Decision.Ask(new SafetyCheckReason(SafetyCheckKind.CannotCheck, "a variable set in this command can't be checked before it runs"));
        }

        // 3. path checks. The argv is built only for command words whose checks read it (ArgvDemand).
        int effective = EffectiveIndex(cmd, out bool prefixed);
        if (effective < cmd.Words.Length && cmd.Line.Value(cmd.Words[effective]) is "git")
        {
            state.HasGit = true; // for the whole-command check of `cd` followed by git
        }

        bool needsArgv = ArgvDemand.Needs(cmd, effective);
        IReadOnlyList<ArgWord>? argv = needsArgv ? ToArgv(cmd, effective, state.Argv) : null;
        PathContext? pathContext = null;
        FilePermissionPolicy? files = null;
        if (needsArgv || !cmd.Redirections.IsEmpty)
        {
            pathContext = state.PathContextFor(context);
            files = FilePolicy(context);
            Decision? pathDecision = CheckPaths(cmd, argv ?? [], pathContext, files, context, ref state);
            if (pathDecision is { Behavior: DecisionBehavior.Deny or DecisionBehavior.Ask })
            {
                return pathDecision;
            }
        }

        // The word-less carrier of `{ …; } > f` / `done > f` redirections: its targets passed the path checks.
        if (cmd.IsCompoundRedirection)
        {
            return Decision.Allow(new OtherReason("the redirect targets of a compound command are approved"));
        }

        // 4. exact allow rules.
        if (_lookup.FindBash(RuleBehavior.Allow, cmd, BashRuleKinds.Exact) is >= 0 and int exactAllow)
        {
            return AllowByRule(cmd, exactAllow, ref state, context, effective, prefixed);
        }

        // 5. constraints prefix and wildcard rules cannot lift (only words ArgvDemand marks have any).
        if (argv is { Count: > 0 } && CommandConstraints.Check(argv) is { } constraint)
        {
            return Decision.Ask(new SafetyCheckReason(SafetyCheckKind.CannotCheck, constraint.Message));
        }

        // 6. prefix and wildcard allow rules.
        if (_lookup.FindBash(RuleBehavior.Allow, cmd, BashRuleKinds.Pattern) is >= 0 and int patternAllow)
        {
            return AllowByRule(cmd, patternAllow, ref state, context, effective, prefixed);
        }

        argv ??= ToArgv(cmd, effective, state.Argv);
        if (argv.Count == 0)
        {
            return Decision.Passthrough(new NoRuleReason(RequiresApproval));
        }

        pathContext ??= state.PathContextFor(context);

        // 7-8. acceptEdits command set in scope; the read-only set.
        if (BuiltInApproval(cmd, context, argv, prefixed, pathContext) is { } builtIn)
        {
            return builtIn;
        }

        return Decision.Passthrough(new NoRuleReason(RequiresApproval));
    }

    /// <summary>
    /// An allow rule approved the subcommand. Inside a subshell or brace group, bash.md §6 makes a command that
    /// only a content rule approves ask; a command the built-in checks approve anyway stays approved, so adding
    /// an allow rule never makes a decision stricter.
    /// </summary>
    private Decision AllowByRule(SimpleCommand cmd, int allowIndex, ref BashState state, EvaluationContext context, int effective, bool prefixed)
    {
        if ((cmd.Context & (CommandContext.Subshell | CommandContext.BraceGroup)) != 0)
        {
            var pathContext = state.PathContextFor(context);
            if (BuiltInApproval(cmd, context, ToArgv(cmd, effective), prefixed, pathContext) is { } builtIn)
            {
                return builtIn;
            }

            state.GroupAllowedByRule = true;
        }

        return _rules.BashDecision(RuleBehavior.Allow, allowIndex);
    }

    /// <summary>Steps 7–8: the acceptEdits command set in scope, then the read-only set.</summary>
    private Decision? BuiltInApproval(SimpleCommand cmd, EvaluationContext context, IReadOnlyList<ArgWord> argv, bool prefixed, PathContext pathContext)
    {
        if (argv.Count == 0)
        {
            return null;
        }

        // auto-mode.md §3.2: auto mode approves without the classifier what acceptEdits would approve.
        if (context.Mode is PermissionMode.AcceptEdits or PermissionMode.Auto)
        {
            FilePermissionPolicy files = FilePolicy(context);
            AcceptEditsResult edits = AcceptEditsCommands.Check(argv, prefixed, pathContext);
            if (edits.InSet && edits.Paths.All(p => p.Status == PathStatus.Resolved && p.Path is { } path
                && files.IsInsideWorkingDirectories(path) && files.ClassifyProtected(path) == ProtectedPathKind.None))
            {
                return Decision.Allow(new ModeReason(PermissionMode.AcceptEdits, "acceptEdits approves file edits inside the working directories"));
            }
        }

        // Only command/builtin/noglob are transparent for the read-only set; time, nice, timeout… are not.
        if (ReadOnlyArgv(cmd) is { Count: > 0 } readOnlyArgv && ReadOnlyCommands.Check(readOnlyArgv).IsReadOnly)
        {
            return Decision.Allow(new ReadOnlyReason());
        }

        return null;
    }

    /// <summary>What earlier subcommands of the same command line established.</summary>
    private struct BashState(string cwd)
    {
        public string CurrentDirectory { get; set; } = cwd;

        public bool DirectoryChanged { get; set; }

        public bool HasGit { get; set; }

        public bool RedirectAfterCd { get; set; }

        public bool RelativeReadAfterCd { get; set; }

        public bool GroupAllowedByRule { get; set; }

        public RuleEntry? NestedScriptDeny { get; set; }

        // Rented on first use: most subcommands a rule decides never build an argv.
        private List<ArgWord>? _argv;

        /// <summary>The argv list of the subcommand being checked (refilled for each one; see RentArgv).</summary>
        public List<ArgWord> Argv => _argv ??= RentArgv();

        /// <summary>Gives the argv list back for the next command line on this thread, if one was rented.</summary>
        public readonly void ReturnArgv()
        {
            if (_argv is not null)
            {
                PermissionEngine.ReturnArgv(_argv);
            }
        }

        // The path context of the current directory, made once per directory rather than per subcommand.
        private PathContext? _pathContext;

        public PathContext PathContextFor(EvaluationContext context)
        {
            if (_pathContext is null || !ReferenceEquals(_pathContext.Cwd, CurrentDirectory))
            {
                _pathContext = new PathContext(CurrentDirectory, context.Home, context.AdditionalDirectories, context.Cwd);
            }

            return _pathContext;
        }
    }
}
