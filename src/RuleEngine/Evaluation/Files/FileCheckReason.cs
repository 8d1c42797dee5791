using RuleEngine.Settings;
using RuleEngine.Paths;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation.Files;

/// <summary>
/// Why a file-tool verdict was reached: the deciding rule (with its list and source via <see cref="RuleEntry"/>)
/// or the built-in check, plus the paths involved. <see cref="Message"/> renders Claude Code's wording.
/// </summary>
/// <param name="Kind">The rule or check that decided.</param>
/// <param name="Path">The normalised requested path (empty for invalid input).</param>
/// <param name="ResolvedPath">The path after resolving symlinks (equal to <paramref name="Path"/> when no link is involved).</param>
internal sealed record FileCheckReason(FileCheckReasonKind Kind, string Path, string ResolvedPath)
{
    /// <summary>The deciding rule for <see cref="FileCheckReasonKind.Rule"/> and <see cref="FileCheckReasonKind.ReadDenyValidation"/>.</summary>
    public RuleEntry? Rule { get; init; }

    /// <summary>The protected-path class for <see cref="FileCheckReasonKind.ProtectedPath"/>.</summary>
    public ProtectedPathKind Protected { get; init; }

    /// <summary>The mode for <see cref="FileCheckReasonKind.Mode"/>.</summary>
    public PermissionMode Mode { get; init; }

    /// <summary>Extra detail (the input problem for <see cref="FileCheckReasonKind.InvalidInput"/>).</summary>
    public string? Detail { get; init; }

    /// <summary>A one-line human message in Claude Code's wording.</summary>
    public string Message => Kind switch
    {
        FileCheckReasonKind.Rule => $"{Rule?.Behavior.ToName()} rule {Rule?.Rule} from {Rule?.Source.ToName()}",
        FileCheckReasonKind.ReadDenyValidation => "File is covered by a Read deny rule in your permission settings and cannot be edited/written",
        FileCheckReasonKind.SymlinkWriteTarget => $"Write target is a symbolic link: {Path}",
        FileCheckReasonKind.BlockedOutsideWorkingDirectories => $"{Path} is {Detail ?? "outside the allowed working directories"}, which blockReads/WritesOutsideWorkingDirectories refuses",
        FileCheckReasonKind.ProtectedPath when Protected == ProtectedPathKind.ClaudeConfiguration =>
            $"Claude requested permissions to write to {Path}, but you haven't granted it yet.",
        FileCheckReasonKind.ProtectedPath => $"Claude requested permissions to edit {Path} which is a sensitive file.",
        FileCheckReasonKind.OutsideWorkingDirectories => "Path is outside allowed working directories",
        FileCheckReasonKind.SymlinkEscape => $"{Path} resolves through a symlink to {ResolvedPath}, which is outside the allowed working directories",
        FileCheckReasonKind.Mode => $"mode {Mode}",
        FileCheckReasonKind.WorkingDirectory => "Path is inside the working directories",
        FileCheckReasonKind.NotGranted => $"Claude requested permissions to write to {Path}, but you haven't granted it yet.",
        FileCheckReasonKind.InvalidInput => $"cannot interpret the tool input: {Detail}",
        _ => Kind.ToString(),
    };

    /// <inheritdoc />
    public override string ToString() => Message;
}
