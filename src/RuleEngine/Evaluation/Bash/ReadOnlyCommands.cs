using System.Collections.Frozen;

namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// The built-in read-only command set (bash.md §9) for one simple command after env assignments and safe
/// wrappers were stripped. A read-only verdict still requires the engine's path checks (§8: paths inside
/// the working directories) and safe redirects; unknown or ambiguous commands are not read-only.
/// </summary>
internal static partial class ReadOnlyCommands
{
    /// <summary>Read-only with any arguments (and unquoted globs are fine).</summary>
    internal static readonly FrozenSet<string> AnyArguments = new[]
    {
        "cat", "head", "tail", "wc", "stat", "strings", "hexdump", "od", "nl", "id", "uname", "free", "df", "du",
        "locale", "groups", "nproc", "basename", "dirname", "realpath", "cut", "paste", "tr", "column", "tac", "rev",
        "fold", "expand", "unexpand", "fmt", "comm", "cmp", "numfmt", "readlink", "diff", "true", "false", "sleep",
        "type", "expr", "seq", "tsort", "pr", "cal", "uptime", "echo", "printf", "test", "[", "which", "cd",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Read-only only without arguments (<c>pwd -L</c>, <c>whoami x</c> ask).</summary>
    internal static readonly FrozenSet<string> NoArgumentsOnly = new[] { "pwd", "whoami", "history" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Read-only as exactly these argv lines.</summary>
    internal static readonly string[][] ExactLines =
    [
        ["claude", "-h"], ["claude", "--help"], ["node", "-v"], ["node", "--version"], ["python", "--version"],
        ["python3", "--version"], ["ip", "addr"],
    ];

    /// <summary>Safe-option commands whose options cannot write or execute, so globs and arbitrary extra arguments are fine.</summary>
    internal static readonly FrozenSet<string> GlobSafeOptionCommands = new[]
    {
        "ls", "grep", "egrep", "fgrep", "jq", "sha256sum", "sha1sum", "md5sum",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Safe-option commands: read-only unless a write/exec option (or a glob) is used.</summary>
    internal static readonly FrozenSet<string> SafeOptionCommands = new[]
    {
        "ls", "find", "grep", "egrep", "fgrep", "rg", "jq", "file", "sed", "sort", "tree", "date", "hostname", "base64",
        "sha256sum", "sha1sum", "md5sum", "ps", "pgrep", "lsof", "ss", "fd", "fdfind", "man", "help", "tput", "netstat",
        "xargs", "docker", "git",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const string NotInSet = "command is not in the read-only set";

    /// <summary>Classifies <paramref name="argv"/> (argv[0] is the command word); never throws.</summary>
    public static ReadOnlyResult Check(IReadOnlyList<ArgWord> argv)
    {
        if (argv.Count == 0)
        {
            return ReadOnlyResult.No("empty command");
        }

        bool anyGlob = false;
        for (int i = 0; i < argv.Count; i++)
        {
            ArgWord word = argv[i];
            if (word.HasSubstitution)
            {
                return ReadOnlyResult.No("a nested command can't be checked before it runs");
            }

            if (word.HasVariable)
            {
                return ReadOnlyResult.No("a variable in this command can't be checked before it runs");
            }

            anyGlob |= word.HasUnquotedGlob;
        }

        ArgWord first = argv[0];
        if ((first.HasUnquotedGlob && first.Value != "[") || first.HasTilde || first.HasHomeVariable)
        {
            return ReadOnlyResult.No("the command word needs expansion");
        }

        string name = first.Value;
        if (AnyArguments.Contains(name))
        {
            return ReadOnlyResult.Yes;
        }

        if (NoArgumentsOnly.Contains(name))
        {
            return argv.Count == 1 ? ReadOnlyResult.Yes : ReadOnlyResult.No($"`{name}` is read-only only without arguments");
        }

        if (IsExactLine(argv))
        {
            return ReadOnlyResult.Yes;
        }

        if (!SafeOptionCommands.Contains(name))
        {
            return ReadOnlyResult.No(NotInSet);
        }

        if (anyGlob && !GlobSafeOptionCommands.Contains(name))
        {
            return ReadOnlyResult.No($"unquoted glob with `{name}`, which can write or execute");
        }

        return name switch
        {
            "ls" or "grep" or "egrep" or "fgrep" or "jq" or "sha256sum" or "sha1sum" or "md5sum" or "ps" or "pgrep" or "lsof" or "help" => ReadOnlyResult.Yes,
            "find" => CheckFind(argv),
            "rg" => CheckOptions(argv, s_rg, "", s_rgUnsafe),
            "file" => CheckOptions(argv, s_file, "mfC", s_fileUnsafe),
            "sed" => CheckSed(argv),
            "sort" => CheckOptions(argv, s_sort, "o", s_sortUnsafe),
            "tree" => CheckOptions(argv, s_tree, "oR", s_outputUnsafe),
            "date" => CheckDate(argv),
            "hostname" => CheckHostname(argv),
            "base64" => CheckOptions(argv, s_base64, "o", s_outputUnsafe),
            "ss" => CheckOptions(argv, s_ss, "KD", s_ssUnsafe),
            "fd" or "fdfind" => CheckOptions(argv, s_fd, "xX", s_fdUnsafe),
            "man" => CheckOptions(argv, s_man, "PHX", s_manUnsafe),
            "tput" => CheckTput(argv),
            "netstat" => CheckOptions(argv, OptionTable.FlagsOnly, "p", s_netstatUnsafe),
            "xargs" => CheckXargs(argv),
            "docker" => CheckDocker(argv),
            "git" => CheckGit(argv),
            _ => ReadOnlyResult.No(NotInSet),
        };
    }

    private static bool IsExactLine(IReadOnlyList<ArgWord> argv)
    {
        foreach (string[] line in ExactLines)
        {
            if (line.Length != argv.Count)
            {
                continue;
            }

            bool same = true;
            for (int i = 0; i < line.Length && same; i++)
            {
                same = argv[i].Value == line[i] && !argv[i].HasUnquotedGlob;
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the long option <paramref name="given"/> selects <paramref name="dangerous"/>: equal, or an
    /// abbreviation of it (GNU getopt_long and git accept unambiguous prefixes: <c>--out=x</c>).
    /// </summary>
    internal static bool LongSelects(string given, string dangerous) =>
        given.Length > 0 && dangerous.StartsWith(given, StringComparison.Ordinal);

    private static ReadOnlyResult CheckOptions(IReadOnlyList<ArgWord> argv, OptionTable table, string unsafeShort, string[] unsafeLong, int start = 1)
    {
        var scan = new ArgScanner(argv, table, start);
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            if (token.Kind == ArgTokenKind.ShortOption && unsafeShort.Contains(token.Short, StringComparison.Ordinal))
            {
                return UnsafeOption(argv, "-" + token.Short);
            }

            if (token.Kind == ArgTokenKind.LongOption)
            {
                foreach (string name in unsafeLong)
                {
                    if (LongSelects(token.Long!, name))
                    {
                        return UnsafeOption(argv, "--" + name);
                    }
                }
            }
        }

        return ReadOnlyResult.Yes;
    }

    private static ReadOnlyResult UnsafeOption(IReadOnlyList<ArgWord> argv, string option) =>
        ReadOnlyResult.No($"`{argv[0].Value}` option `{option}` writes or executes");
}
