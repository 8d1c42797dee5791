using RuleEngine.Syntax;

namespace RuleEngine.Shell;

/// <summary>
/// A redirection such as <c>2&gt;&gt; log.txt</c>: its whole span, the explicit descriptor (-1 when omitted),
/// the operator and the target word (for heredocs the delimiter word; <see cref="HeredocIndex"/> points
/// at the body in <see cref="SimpleCommand.Heredocs"/>).
/// </summary>
internal readonly record struct ShellRedirection(TextSpan Span, int Fd, RedirectionKind Kind, ShellWord Target, int HeredocIndex)
{
    /// <summary>Whether the redirection writes to a file named by <see cref="Target"/> (bash.md §7).</summary>
    public bool WritesFile => Kind is RedirectionKind.Output or RedirectionKind.Append or RedirectionKind.Clobber
        or RedirectionKind.ReadWrite or RedirectionKind.OutputAndError or RedirectionKind.AppendOutputAndError;
}
