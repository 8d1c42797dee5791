using System.Runtime.CompilerServices;
using RuleEngine.Paths;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation.Files;

/// <summary>
/// A file-check result before it becomes a <see cref="FileVerdict"/>: everything of the verdict and its
/// <see cref="FileCheckReason"/> except the paths, as a value, so the engine can use a rule's shared decision
/// without allocating. <see cref="ToVerdict(ResolvedPath)"/> gives exactly the verdict the check returns.
/// </summary>
/// <param name="Behavior">Allow, ask, deny or passthrough.</param>
/// <param name="AskKind">For ask: which kind; otherwise None.</param>
/// <param name="Kind">The rule or check that decided.</param>
internal readonly record struct FileOutcome(FileVerdictBehavior Behavior, FileAskKind AskKind, FileCheckReasonKind Kind)
{
    /// <summary>The compiled rule that decided, if a rule did.</summary>
    public PathRule? Matched { get; init; }

    /// <summary>The deciding rule (see <see cref="FileCheckReason.Rule"/>).</summary>
    public RuleEntry? Rule => Matched?.Entry;

    /// <summary>The protected-path class (see <see cref="FileCheckReason.Protected"/>).</summary>
    public ProtectedPathKind Protected { get; init; }

    /// <summary>The mode (see <see cref="FileCheckReason.Mode"/>).</summary>
    public PermissionMode Mode { get; init; }

    /// <summary>Extra detail (see <see cref="FileCheckReason.Detail"/>).</summary>
    public string? Detail { get; init; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FileOutcome Allow(FileCheckReasonKind kind) => new(FileVerdictBehavior.Allow, FileAskKind.None, kind);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FileOutcome Deny(FileCheckReasonKind kind) => new(FileVerdictBehavior.Deny, FileAskKind.None, kind);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FileOutcome Ask(FileAskKind askKind, FileCheckReasonKind kind) => new(FileVerdictBehavior.Ask, askKind, kind);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FileOutcome Passthrough(FileCheckReasonKind kind) => new(FileVerdictBehavior.Passthrough, FileAskKind.None, kind);

    /// <summary>The verdict with its reason for the requested and resolved paths.</summary>
    public FileVerdict ToVerdict(string requested, string resolved) =>
        new(Behavior, AskKind, new FileCheckReason(Kind, requested, resolved) { Rule = Rule, Protected = Protected, Mode = Mode, Detail = Detail });

    /// <inheritdoc cref="ToVerdict(string, string)"/>
    public FileVerdict ToVerdict(ResolvedPath path) => ToVerdict(path.Requested, path.Resolved);
}
