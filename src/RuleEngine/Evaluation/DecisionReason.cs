using System.Collections.Immutable;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation;

/// <summary>Why a decision was made (decision.md §6). Every subtype renders a one-line summary.</summary>
public abstract record DecisionReason
{
    /// <summary>A one-line summary, e.g. <c>rule(deny Bash(rm *) @localSettings)</c>.</summary>
    public abstract string Summary { get; }

    /// <inheritdoc />
    public override string ToString() => Summary;
}

/// <summary>A rule decided, e.g. deny <c>Bash(rm *)</c> from local settings.</summary>
/// <param name="Entry">The rule with its provenance.</param>
public sealed record RuleReason(RuleEntry Entry) : DecisionReason
{
    /// <inheritdoc />
    public override string Summary => $"rule({Entry.Behavior.ToName()} {Entry.Rule} @{Entry.Source.ToName()})";
}

/// <summary>The permission mode decided (reads inside the working directories, acceptEdits, bypass).</summary>
/// <param name="Mode">The mode.</param>
/// <param name="Message">What the mode approved or refused.</param>
public sealed record ModeReason(PermissionMode Mode, string Message) : DecisionReason
{
    /// <inheritdoc />
    public override string Summary => $"mode({Mode.ToName()}): {Message}";
}

/// <summary>The kinds of built-in safety checks.</summary>
public enum SafetyCheckKind
{
    /// <summary>A write to a protected path (<c>.git/</c>, <c>.claude/</c>, <c>.bashrc</c>, …).</summary>
    ProtectedPath,

    /// <summary><c>rm</c>/<c>rmdir</c> aimed at <c>/</c>, home, the cwd or a system directory.</summary>
    CriticalRemoval,

    /// <summary>A path outside the working directories.</summary>
    OutsideWorkingDirectory,

    /// <summary>A write whose target is itself a symbolic link, or a link that escapes.</summary>
    Symlink,

    /// <summary>A command that cannot be checked statically (substitution, <c>cd</c>+git, heredoc, …).</summary>
    CannotCheck,

    /// <summary>A command that could not be parsed or is over-length.</summary>
    Unparseable,

    /// <summary>A shell script inside <c>-c</c> or <c>eval</c> whose content a deny rule matches.</summary>
    NestedScript,

    /// <summary>Input validation refused the call.</summary>
    InvalidInput,

    /// <summary>A read-deny rule covers the target of a write.</summary>
    ReadDenyBlocksWrite,

    /// <summary>A subagent type refused by a deny rule when the Agent tool starts.</summary>
    AgentTypeDenied,

    /// <summary>The mode keeps the call at ask even with an allow rule (plan mode edits).</summary>
    ModeRestriction,

    /// <summary>An unexpected error inside a check; fails closed.</summary>
    InternalError,
}

/// <summary>A built-in check decided.</summary>
/// <param name="Kind">Which check.</param>
/// <param name="Message">What it found, one line.</param>
/// <param name="Rule">The rule involved, if any (e.g. the deny rule for an Agent type).</param>
public sealed record SafetyCheckReason(SafetyCheckKind Kind, string Message, RuleEntry? Rule = null) : DecisionReason
{
    /// <summary>True for asks that only say "this cannot be checked", which a tool-wide allow rule lifts (decision.md §2 step 10).</summary>
    public bool IsLiftableByToolWideAllow => Kind is SafetyCheckKind.CannotCheck or SafetyCheckKind.OutsideWorkingDirectory;

    /// <inheritdoc />
    public override string Summary => $"{Kind}({Message})";
}

/// <summary>A built-in read-only command was approved without a rule.</summary>
public sealed record ReadOnlyReason : DecisionReason
{
    /// <inheritdoc />
    public override string Summary => "readOnly";
}

/// <summary>A preapproved documentation host was fetched without a rule.</summary>
/// <param name="Host">The host (and path prefix) that matched.</param>
public sealed record PreapprovedHostReason(string Host) : DecisionReason
{
    /// <inheritdoc />
    public override string Summary => $"preapproved({Host})";
}

/// <summary>A compound shell command: one decision per subcommand.</summary>
/// <param name="Parts">Each subcommand's text and its own decision.</param>
public sealed record SubcommandsReason(ImmutableArray<SubcommandDecision> Parts) : DecisionReason
{
    /// <inheritdoc />
    public override string Summary =>
        "subcommands[" + string.Join(", ", Parts.Select(p => $"\"{p.Text}\"=>{p.Decision.Behavior.ToString().ToLowerInvariant()}:{p.Decision.Reason.Summary}")) + "]";
}

/// <summary>One subcommand of a compound command and its decision.</summary>
/// <param name="Text">The subcommand as written.</param>
/// <param name="Decision">Its own decision.</param>
public sealed record SubcommandDecision(string Text, Decision Decision);

/// <summary>A hook decided (PreToolUse answers).</summary>
/// <param name="Message">The hook's reason.</param>
public sealed record HookReason(string Message) : DecisionReason
{
    /// <inheritdoc />
    public override string Summary => $"hook({Message})";
}

/// <summary>The auto-mode classifier decided.</summary>
/// <param name="Verdict">allow / block / no verdict.</param>
/// <param name="Message">The classifier's reason.</param>
public sealed record ClassifierReason(string Verdict, string Message) : DecisionReason
{
    /// <inheritdoc />
    public override string Summary => $"classifier({Verdict}: {Message})";
}

/// <summary>No rule or check decided; the mode's default applies.</summary>
/// <param name="Message">What would be asked.</param>
public sealed record NoRuleReason(string Message) : DecisionReason
{
    /// <inheritdoc />
    public override string Summary => $"none({Message})";
}

/// <summary>Something else decided, with a message (unknown tool, invalid input, …).</summary>
/// <param name="Message">One line.</param>
public sealed record OtherReason(string Message) : DecisionReason
{
    /// <inheritdoc />
    public override string Summary => $"other({Message})";
}
