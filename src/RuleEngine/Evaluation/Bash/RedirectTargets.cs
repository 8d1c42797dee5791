namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// Classifies redirection targets (bash.md §7). Output targets are file writes checked against Edit rules and the
/// working directories; <c>/dev/null</c> and fd duplications are not checked; other devices are ordinary
/// (outside) writes; <c>/dev/tcp</c>/<c>/dev/udp</c> are network; expansion → ask. A leading <c>~</c>/<c>~/</c>
/// is expanded (the oracle reports <c>&gt;&gt; ~/.bashrc</c> as a protected write to <c>/home/…/.bashrc</c>).
/// Input targets (<c>&lt; f</c>) are reported as reads: the oracle applies Read deny rules to them
/// (<c>cat &lt; /etc/passwd</c> with <c>Read(//etc/**)</c> deny → deny) but not the working-directory check.
/// </summary>
internal static class RedirectTargets
{
    /// <summary>
    /// Classifies <paramref name="target"/> of operator <paramref name="op"/> (<c>&gt;</c>, <c>&gt;&gt;</c>,
    /// <c>&gt;|</c>, <c>&amp;&gt;</c>, <c>&amp;&gt;&gt;</c>, <c>&gt;&amp;</c>, <c>&lt;</c>, <c>&lt;&gt;</c>, <c>&lt;&amp;</c>,
    /// <c>&lt;&lt;&lt;</c>; a leading fd number such as <c>2&gt;</c> is allowed).
    /// </summary>
    public static RedirectTarget Classify(string op, in ArgWord target, PathContext context)
    {
        ReadOnlySpan<char> oper = op.AsSpan().TrimStart("0123456789");
        if (oper.StartsWith("{", StringComparison.Ordinal))
        {
            int close = oper.IndexOf('}');
            oper = close < 0 ? oper : oper[(close + 1)..];
        }

        if (oper is "<<<" or "<<" or "<<-")
        {
            return new RedirectTarget(RedirectTargetKind.NotChecked, PathOperation.Read, null, false, null);
        }

        bool duplication = oper is ">&" or "<&";
        if (duplication && IsFdReference(target.Value) && !target.NeedsExpansion)
        {
            return new RedirectTarget(RedirectTargetKind.NotChecked, PathOperation.Write, null, false, null);
        }

        if (oper is "<&")
        {
            return new RedirectTarget(RedirectTargetKind.NeedsExpansion, PathOperation.Read, null, false, "input duplication from a non-descriptor");
        }

        PathOperation operation = oper is "<" ? PathOperation.Read : PathOperation.Write;
        if (target.HasSubstitution)
        {
            return new RedirectTarget(RedirectTargetKind.NeedsExpansion, operation, null, false, "a command used as a redirect target can't be checked before it runs");
        }

        if (target.HasVariable)
        {
            return new RedirectTarget(RedirectTargetKind.NeedsExpansion, operation, null, false, "a variable in a redirect target can't be checked before it runs");
        }

        if (target.HasUnquotedGlob)
        {
            return new RedirectTarget(RedirectTargetKind.NeedsExpansion, operation, null, false, "a glob in a redirect target can't be checked before it runs");
        }

        string text = target.Value;
        if (text.StartsWith("/dev/tcp/", StringComparison.Ordinal) || text.StartsWith("/dev/udp/", StringComparison.Ordinal))
        {
            return new RedirectTarget(RedirectTargetKind.Network, operation, text, true, "redirect involving /dev/tcp or /dev/udp opens a network connection");
        }

        CommandPath path = BashPaths.Resolve(target, context, operation);
        if (path.Status != PathStatus.Resolved)
        {
            return new RedirectTarget(RedirectTargetKind.NeedsExpansion, operation, null, false, "the redirect target needs expansion");
        }

        string resolved = path.Path!;
        if (resolved == "/dev/null")
        {
            return new RedirectTarget(RedirectTargetKind.NotChecked, operation, resolved, true, null);
        }

        if (resolved.StartsWith("/dev/tcp/", StringComparison.Ordinal) || resolved.StartsWith("/dev/udp/", StringComparison.Ordinal))
        {
            return new RedirectTarget(RedirectTargetKind.Network, operation, resolved, true, "redirect involving /dev/tcp or /dev/udp opens a network connection");
        }

        return new RedirectTarget(RedirectTargetKind.File, operation, resolved, BashPaths.IsSameOrBelow(resolved, "/dev"), null);
    }

    private static bool IsFdReference(string text)
    {
        if (text == "-")
        {
            return true;
        }

        int end = text.EndsWith('-') ? text.Length - 1 : text.Length;
        if (end == 0)
        {
            return false;
        }

        for (int i = 0; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
