using System.Collections.Frozen;

namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// The acceptEdits command set (bash.md §12): <c>mkdir</c> (also <c>-p</c>, <c>-m</c>), bare <c>touch</c> without
/// any env prefix or wrapper, <c>rm</c> (also <c>-r</c>, <c>-f</c>), <c>rmdir</c>, <c>mv</c>/<c>cp</c> without
/// options, and simple <c>sed</c> (<c>sed -i s/a/b/ f</c>, <c>sed -n p f</c>; not <c>-e</c>, not <c>w</c>/<c>e</c>).
/// </summary>
internal static class AcceptEditsCommands
{
    /// <summary>Commands that can be in the set.</summary>
    internal static readonly FrozenSet<string> Commands = new[] { "mkdir", "touch", "rm", "rmdir", "mv", "cp", "sed" }
        .ToFrozenSet(StringComparer.Ordinal);

    private const string MkdirShort = "pvm";
    private const string RmShort = "rRf";
    private const string RmdirShort = "v";
    private const string SedShort = "inEr";

    private static readonly string[] s_mkdirLong = ["parents", "verbose", "mode"];
    private static readonly string[] s_rmLong = ["recursive", "force"];
    private static readonly string[] s_rmdirLong = ["verbose", "ignore-fail-on-non-empty"];
    private static readonly string[] s_sedLong = ["in-place", "quiet", "silent", "regexp-extended"];

    /// <summary>
    /// Classifies <paramref name="argv"/>. <paramref name="hadPrefixOrWrapper"/> says whether an env assignment or
    /// a safe wrapper was stripped in front of it (2.1.329 refuses those for <c>touch</c> only).
    /// </summary>
    public static AcceptEditsResult Check(IReadOnlyList<ArgWord> argv, bool hadPrefixOrWrapper, PathContext context)
    {
        if (argv.Count == 0 || !Commands.Contains(argv[0].Value))
        {
            return AcceptEditsResult.No("command is not in the acceptEdits set");
        }

        for (int i = 0; i < argv.Count; i++)
        {
            ArgWord word = argv[i];
            if (word.HasVariable || word.HasSubstitution)
            {
                return AcceptEditsResult.No("an argument needs expansion");
            }

            if (word.HasUnquotedGlob)
            {
                return AcceptEditsResult.No("glob patterns are not allowed in write operations");
            }
        }

        string name = argv[0].Value;
        string? refusal = name switch
        {
            "mkdir" => CheckOptions(argv, FileCommandSpecs.Specs["mkdir"].Options, MkdirShort, s_mkdirLong, 1),
            "touch" => hadPrefixOrWrapper ? "touch with an env prefix or wrapper is not in the set" : CheckOptions(argv, OptionTable.FlagsOnly, string.Empty, [], 1),
            "rm" => CheckOptions(argv, OptionTable.FlagsOnly, RmShort, s_rmLong, 1),
            "rmdir" => CheckOptions(argv, OptionTable.FlagsOnly, RmdirShort, s_rmdirLong, 1),
            "mv" or "cp" => CheckOptions(argv, OptionTable.FlagsOnly, string.Empty, [], 2),
            _ => CheckSed(argv),
        };

        return refusal is null
            ? new AcceptEditsResult(true, null, FileCommandPaths.Extract(argv, context))
            : AcceptEditsResult.No(refusal);
    }

    private static string? CheckOptions(IReadOnlyList<ArgWord> argv, OptionTable table, string allowedShort, string[] allowedLong, int minOperands)
    {
        int operands = 0;
        var scan = new ArgScanner(argv, table);
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            switch (token.Kind)
            {
                case ArgTokenKind.ShortOption when !allowedShort.Contains(token.Short, StringComparison.Ordinal):
                    return $"`{argv[0].Value} -{token.Short}` is not in the acceptEdits set";
                case ArgTokenKind.LongOption when Array.IndexOf(allowedLong, token.Long) < 0:
                    return $"`{argv[0].Value} --{token.Long}` is not in the acceptEdits set";
                case ArgTokenKind.Operand:
                    operands++;
                    break;
            }
        }

        return operands >= minOperands ? null : $"`{argv[0].Value}` without enough operands";
    }

    private static string? CheckSed(IReadOnlyList<ArgWord> argv)
    {
        OptionTable table = FileCommandSpecs.Specs["sed"].Options;
        var scan = new ArgScanner(argv, table);
        bool scriptSeen = false;
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            switch (token.Kind)
            {
                case ArgTokenKind.ShortOption:
                    if (!SedShort.Contains(token.Short, StringComparison.Ordinal) || (token.Short == 'i' && !argv[token.Index].Value.EndsWith('i')))
                    {
                        return $"`sed -{token.Short}` is not a simple sed";
                    }

                    break;
                case ArgTokenKind.LongOption:
                    if (Array.IndexOf(s_sedLong, token.Long) < 0 || token.Value is not null)
                    {
                        return $"`sed --{token.Long}` is not a simple sed";
                    }

                    break;
                default:
                    if (!scriptSeen)
                    {
                        scriptSeen = true;
                        if (!SedScript.Analyze(argv[token.Index].Value).IsSimple)
                        {
                            return "sed script writes, executes or reads files";
                        }
                    }

                    break;
            }
        }

        return scriptSeen ? null : "sed without a script";
    }
}
