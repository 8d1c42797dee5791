using System.Collections.Frozen;

namespace RuleEngine.Evaluation.Bash;

internal static partial class ReadOnlyCommands
{
    private static readonly OptionTable s_rg = FileCommandSpecs.Specs["rg"].Options;
    private static readonly OptionTable s_file = FileCommandSpecs.Specs["file"].Options;
    private static readonly OptionTable s_sort = FileCommandSpecs.Specs["sort"].Options;
    private static readonly OptionTable s_base64 = FileCommandSpecs.Specs["base64"].Options;
    private static readonly OptionTable s_man = FileCommandSpecs.Specs["man"].Options;
    private static readonly OptionTable s_sed = FileCommandSpecs.Specs["sed"].Options;
    private static readonly OptionTable s_tree = new("LPIoHT", ["charset", "filelimit", "timefmt", "sort", "fromfile"]);
    private static readonly OptionTable s_ss = new("fAF", ["family", "query", "filter"]);
    private static readonly OptionTable s_fd = new("etEdjScxXo", ["extension", "type", "exclude", "max-depth", "min-depth", "exact-depth", "threads", "size", "color", "exec", "exec-batch", "owner", "changed-within", "changed-before", "ignore-file", "base-directory", "path-separator", "search-path", "max-results", "batch-size", "format"]);
    private static readonly OptionTable s_date = new("dfrs", ["date", "file", "reference", "set"]);
    private static readonly OptionTable s_xargs = new("adEILnPs", ["arg-file", "delimiter", "max-lines", "max-args", "max-procs", "max-chars", "process-slot-var"], permute: false);

    private static readonly string[] s_rgUnsafe = ["pre"];
    private static readonly string[] s_fileUnsafe = ["magic-file", "files-from", "compile"];
    private static readonly string[] s_sortUnsafe = ["output", "compress-program"];
    private static readonly string[] s_outputUnsafe = ["output"];
    private static readonly string[] s_ssUnsafe = ["kill", "diag"];
    private static readonly string[] s_fdUnsafe = ["exec", "exec-batch"];
    private static readonly string[] s_manUnsafe = ["pager", "html", "gxditview", "browser"];
    private static readonly string[] s_netstatUnsafe = ["programs", "program"];
    private static readonly string[] s_dateUnsafe = ["set"];
    private static readonly string[] s_xargsReplace = ["replace"];

    /// <summary>find predicates that execute commands, delete files or write files (bash.md §13).</summary>
    internal static readonly FrozenSet<string> FindUnsafePredicates = new[]
    {
        "-exec", "-execdir", "-ok", "-okdir", "-delete", "-fprint", "-fprint0", "-fprintf", "-fls",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const string SedReadOnlyShort = "nErszuel";

    private static readonly string[] s_sedReadOnlyLong =
    [
        "quiet", "silent", "regexp-extended", "separate", "null-data", "unbuffered", "posix", "debug", "sandbox", "expression", "line-length",
    ];

    private const string HostnameQueryShort = "aAdfiIsyVh";

    private static readonly string[] s_hostnameQueryLong =
    [
        "alias", "all-fqdns", "domain", "fqdn", "long", "ip-address", "all-ip-addresses", "short", "yp", "nis", "version", "help",
    ];

    private static readonly FrozenSet<string> s_tputQueries = new[] { "cols", "lines", "colors", "longname", "pairs", "it" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_dockerReadOnly = new[] { "ps", "images", "logs", "inspect" }.ToFrozenSet(StringComparer.Ordinal);

    private static ReadOnlyResult CheckFind(IReadOnlyList<ArgWord> argv)
    {
        for (int i = 1; i < argv.Count; i++)
        {
            if (FindUnsafePredicates.Contains(argv[i].Value))
            {
                return ReadOnlyResult.No($"find with `{argv[i].Value}` executes commands or modifies files");
            }
        }

        return ReadOnlyResult.Yes;
    }

    private static ReadOnlyResult CheckSed(IReadOnlyList<ArgWord> argv)
    {
        bool quiet = false;
        bool scriptFromOption = false;
        var scan = new ArgScanner(argv, s_sed);
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            if (token.Kind == ArgTokenKind.ShortOption)
            {
                if (!SedReadOnlyShort.Contains(token.Short, StringComparison.Ordinal))
                {
                    return ReadOnlyResult.No($"sed option `-{token.Short}` is not a print form");
                }

                quiet |= token.Short == 'n';
            }
            else if (token.Kind == ArgTokenKind.LongOption)
            {
                string? known = null;
                foreach (string name in s_sedReadOnlyLong)
                {
                    if (token.Long == name)
                    {
                        known = name;
                        break;
                    }
                }

                if (known is null)
                {
                    return ReadOnlyResult.No($"sed option `--{token.Long}` is not a print form");
                }

                quiet |= known is "quiet" or "silent";
            }
            else
            {
                continue;
            }

            if (token.Short == 'e' || token.Long == "expression")
            {
                scriptFromOption = true;
                if (token.Value is null || !SedScript.Analyze(token.Value).PrintOnly)
                {
                    return ReadOnlyResult.No("sed script is not a print form");
                }
            }
        }

        if (!quiet)
        {
            return ReadOnlyResult.No("sed without `-n` is not a print form");
        }

        if (scriptFromOption)
        {
            return ReadOnlyResult.Yes;
        }

        scan = new ArgScanner(argv, s_sed);
        while (scan.MoveNext())
        {
            if (scan.Current.Kind == ArgTokenKind.Operand)
            {
                return SedScript.Analyze(argv[scan.Current.Index].Value).PrintOnly
                    ? ReadOnlyResult.Yes
                    : ReadOnlyResult.No("sed script is not a print form");
            }
        }

        return ReadOnlyResult.No("sed without a script");
    }

    private static ReadOnlyResult CheckDate(IReadOnlyList<ArgWord> argv)
    {
        ReadOnlyResult options = CheckOptions(argv, s_date, "s", s_dateUnsafe);
        if (!options.IsReadOnly)
        {
            return options;
        }

        var scan = new ArgScanner(argv, s_date);
        while (scan.MoveNext())
        {
            if (scan.Current.Kind == ArgTokenKind.Operand && !argv[scan.Current.Index].Value.StartsWith('+'))
            {
                return ReadOnlyResult.No("date with an operand other than `+FORMAT` sets the clock");
            }
        }

        return ReadOnlyResult.Yes;
    }

    private static ReadOnlyResult CheckHostname(IReadOnlyList<ArgWord> argv)
    {
        var scan = new ArgScanner(argv, OptionTable.FlagsOnly);
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            bool query = token.Kind switch
            {
                ArgTokenKind.ShortOption => HostnameQueryShort.Contains(token.Short, StringComparison.Ordinal),
                ArgTokenKind.LongOption => Array.IndexOf(s_hostnameQueryLong, token.Long) >= 0,
                _ => false,
            };
            if (!query)
            {
                return ReadOnlyResult.No("hostname with a new name or a setting option");
            }
        }

        return ReadOnlyResult.Yes;
    }

    private static ReadOnlyResult CheckTput(IReadOnlyList<ArgWord> argv)
    {
        int i = 1;
        if (i < argv.Count && argv[i].Value == "-T")
        {
            i += 2;
        }
        else if (i < argv.Count && argv[i].Value.StartsWith("-T", StringComparison.Ordinal))
        {
            i++;
        }

        return i == argv.Count - 1 && s_tputQueries.Contains(argv[i].Value)
            ? ReadOnlyResult.Yes
            : ReadOnlyResult.No("tput is read-only only for query forms such as `tput cols`");
    }

    private static ReadOnlyResult CheckXargs(IReadOnlyList<ArgWord> argv)
    {
        var scan = new ArgScanner(argv, s_xargs);
        int commandIndex = -1;
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            if (token.Kind == ArgTokenKind.Operand)
            {
                commandIndex = token.Index;
                break;
            }

            if ((token.Kind == ArgTokenKind.ShortOption && token.Short is 'I' or 'i')
                || (token.Kind == ArgTokenKind.LongOption && LongSelects(token.Long!, s_xargsReplace[0])))
            {
                return ReadOnlyResult.No("xargs with a replacement string builds commands that can't be checked");
            }
        }

        if (commandIndex < 0)
        {
            return ReadOnlyResult.Yes;
        }

        var inner = new ArgWord[argv.Count - commandIndex];
        for (int i = 0; i < inner.Length; i++)
        {
            inner[i] = argv[commandIndex + i];
        }

        string name = inner[0].Value;
        if (!AnyArguments.Contains(name) && !GlobSafeOptionCommands.Contains(name))
        {
            return ReadOnlyResult.No($"xargs runs `{name}` with arguments that can't be checked");
        }

        ReadOnlyResult innerResult = Check(inner);
        return innerResult.IsReadOnly ? innerResult : ReadOnlyResult.No($"xargs runs a command that is not read-only: {innerResult.Reason}");
    }

    private static ReadOnlyResult CheckDocker(IReadOnlyList<ArgWord> argv)
    {
        for (int i = 1; i < argv.Count; i++)
        {
            string text = argv[i].Value;
            if (text is "-H" or "--host" or "--context" or "--url" or "-c"
                || text.StartsWith("-H", StringComparison.Ordinal)
                || text.StartsWith("--host=", StringComparison.Ordinal)
                || text.StartsWith("--context=", StringComparison.Ordinal)
                || text.StartsWith("--url=", StringComparison.Ordinal))
            {
                return ReadOnlyResult.No("docker with `-H`, `--context` or `--url` talks to another daemon");
            }
        }

        return argv.Count >= 2 && s_dockerReadOnly.Contains(argv[1].Value)
            ? ReadOnlyResult.Yes
            : ReadOnlyResult.No("only `docker ps`, `images`, `logs` and `inspect` are read-only");
    }
}
