using System.Collections.Frozen;

namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// Forms that prefix and wildcard allow rules cannot approve (decision.md §3 step 5, bash.md §13); exact
/// allow rules still can (<c>Bash(find . -name x -delete)</c>, <c>Bash(watch -n1 ls)</c>).
/// </summary>
internal static class CommandConstraints
{
    /// <summary>
    /// Exec wrappers that start another command which cannot be checked: bash.md §13 names watch, setsid, ionice
    /// and flock; the corpus shows the same "what 'X' starts can't be checked" ask for taskset and chrt.
    /// </summary>
    internal static readonly FrozenSet<string> ExecWrappers = new[] { "watch", "setsid", "ionice", "flock", "taskset", "chrt" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first constraint <paramref name="argv"/> hits, or null.</summary>
    public static CommandConstraint? Check(IReadOnlyList<ArgWord> argv)
    {
        if (argv.Count == 0)
        {
            return null;
        }

        string name = argv[0].Value;
        if (ExecWrappers.Contains(name))
        {
            return new CommandConstraint(CommandConstraintKind.ExecWrapper, $"what `{name}` starts can't be checked before it runs");
        }

        return name switch
        {
            "find" => CheckFind(argv),
            "sed" => CheckSed(argv),
            "cp" or "mv" => CheckCopyMove(argv),
            _ => null,
        };
    }

    private static CommandConstraint? CheckFind(IReadOnlyList<ArgWord> argv)
    {
        for (int i = 1; i < argv.Count; i++)
        {
            if (ReadOnlyCommands.FindUnsafePredicates.Contains(argv[i].Value))
            {
                return new CommandConstraint(CommandConstraintKind.FindExecOrWrite,
                    $"find with `{argv[i].Value}` executes commands or modifies files — cannot be auto-allowed by a prefix rule");
            }
        }

        return null;
    }

    private static CommandConstraint? CheckSed(IReadOnlyList<ArgWord> argv)
    {
        OptionTable table = FileCommandSpecs.Specs["sed"].Options;
        bool scriptFromOption = false;
        var scan = new ArgScanner(argv, table);
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            if (token.Short == 'f' || token.Long == "file")
            {
                return new CommandConstraint(CommandConstraintKind.SedWriteOrExec, "sed script file can't be checked before it runs");
            }

            if (token.Short == 'e' || token.Long == "expression")
            {
                scriptFromOption = true;
                if (SedViolation(token.Value ?? string.Empty) is CommandConstraint hit)
                {
                    return hit;
                }
            }
        }

        if (scriptFromOption)
        {
            return null;
        }

        scan = new ArgScanner(argv, table);
        while (scan.MoveNext())
        {
            if (scan.Current.Kind == ArgTokenKind.Operand)
            {
                return SedViolation(argv[scan.Current.Index].Value);
            }
        }

        return null;
    }

    private static CommandConstraint? SedViolation(string script)
    {
        SedScriptInfo info = SedScript.Analyze(script);
        if (!info.Parsed)
        {
            return new CommandConstraint(CommandConstraintKind.SedWriteOrExec, "sed script can't be checked before it runs");
        }

        if (info.HasWrite || info.HasExec)
        {
            return new CommandConstraint(CommandConstraintKind.SedWriteOrExec, "sed script writes files or executes commands");
        }

        return null;
    }

    private static CommandConstraint? CheckCopyMove(IReadOnlyList<ArgWord> argv)
    {
        for (int i = 1; i < argv.Count; i++)
        {
            string text = argv[i].Value;
            if (text == "--")
            {
                return null;
            }

            if (text.Length > 1 && text[0] == '-')
            {
                return new CommandConstraint(CommandConstraintKind.CopyMoveOptions, $"`{argv[0].Value}` with option `{text}` can't be approved by a prefix rule");
            }
        }

        return null;
    }
}
