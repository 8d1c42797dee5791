namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// A classified redirection target, e.g. <c>&gt;&gt; log.txt</c> → File, Write, <c>/work/project/log.txt</c>;
/// <c>2&gt; /dev/stderr</c> → File, Write, device; <c>&gt; $F</c> → NeedsExpansion.
/// </summary>
/// <param name="Kind">How it is checked.</param>
/// <param name="Operation">Write for output (<c>&gt;</c>, <c>&gt;&gt;</c>, <c>&amp;&gt;</c>, <c>&lt;&gt;</c>), Read for input (<c>&lt;</c>).</param>
/// <param name="Path">The absolute normalised path for <see cref="RedirectTargetKind.File"/>.</param>
/// <param name="IsDevice">The path is under <c>/dev</c> (other than <c>/dev/null</c>): a device write, which asks.</param>
/// <param name="Reason">Why it needs expansion or is a network target.</param>
internal readonly record struct RedirectTarget(RedirectTargetKind Kind, PathOperation Operation, string? Path, bool IsDevice, string? Reason);
