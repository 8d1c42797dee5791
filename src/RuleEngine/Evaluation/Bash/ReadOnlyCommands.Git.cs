using System.Collections.Frozen;

namespace RuleEngine.Evaluation.Bash;

internal static partial class ReadOnlyCommands
{
    /// <summary>git subcommands that only read, given read-only options (bash.md §9).</summary>
    internal static readonly FrozenSet<string> GitReadOnlySubcommands = new[]
    {
        "status", "log", "diff", "show", "shortlog", "reflog", "stash", "blame", "ls-files", "config", "remote",
        "merge-base", "rev-parse", "rev-list", "describe", "cat-file", "for-each-ref", "grep", "worktree", "tag", "branch",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly OptionTable s_gitGeneric = new(string.Empty);
    private static readonly OptionTable s_gitConfig = new("f", ["file", "blob", "type", "default"]);
    private static readonly OptionTable s_gitTag = new("mFu", ["message", "file", "local-user", "sort", "format", "cleanup", "trailer", "color"]);
    private static readonly OptionTable s_gitBranch = new("tu", ["set-upstream-to", "sort", "format", "track", "color"]);

    private static readonly string[] s_gitUnsafeLong = ["output", "ext-diff", "open-files-in-pager"];
    private static readonly string[] s_gitReflogWrites = ["expire", "delete", "drop"];

    private static readonly string[] s_gitConfigReads = ["get", "get-all", "get-regexp", "get-urlmatch", "get-color", "get-colorbool", "list"];
    private static readonly string[] s_gitConfigWrites = ["add", "unset", "unset-all", "replace-all", "rename-section", "remove-section", "edit"];

    private static readonly string[] s_gitTagUnsafeLong = ["delete", "annotate", "sign", "local-user", "message", "file", "force", "edit", "create-reflog", "cleanup", "trailer"];
    private static readonly string[] s_gitTagListLong = ["list", "contains", "no-contains", "points-at", "merged", "no-merged", "verify"];

    private static readonly string[] s_gitBranchUnsafeLong = ["delete", "move", "copy", "force", "set-upstream-to", "unset-upstream", "edit-description", "track", "no-track", "create-reflog", "recurse-submodules"];
    private static readonly string[] s_gitBranchListLong = ["all", "remotes", "list", "verbose", "contains", "no-contains", "merged", "no-merged", "points-at", "show-current"];

    private static ReadOnlyResult CheckGit(IReadOnlyList<ArgWord> argv)
    {
        if (argv.Count < 2)
        {
            return ReadOnlyResult.No("git without a subcommand");
        }

        string sub = argv[1].Value;
        if (sub.StartsWith('-'))
        {
            return ReadOnlyResult.No($"git global option `{sub}` is not read-only");
        }

        if (!GitReadOnlySubcommands.Contains(sub))
        {
            return ReadOnlyResult.No($"`git {sub}` is not read-only");
        }

        return sub switch
        {
            "reflog" => CheckGitReflog(argv),
            "stash" => argv.Count >= 3 && argv[2].Value is "list" or "show"
                ? CheckGitOptions(argv, 3)
                : ReadOnlyResult.No("only `git stash list` and `git stash show` are read-only"),
            "worktree" => argv.Count >= 3 && argv[2].Value == "list"
                ? CheckGitOptions(argv, 3)
                : ReadOnlyResult.No("only `git worktree list` is read-only"),
            "remote" => CheckGitRemote(argv),
            "config" => CheckGitConfig(argv),
            "tag" => CheckGitListing(argv, s_gitTag, "dasumFfe", s_gitTagUnsafeLong, "lnv", s_gitTagListLong, "tag"),
            "branch" => CheckGitListing(argv, s_gitBranch, "dDmMcCfut", s_gitBranchUnsafeLong, "arlv", s_gitBranchListLong, "branch"),
            _ => CheckGitOptions(argv, 2),
        };
    }

    private static ReadOnlyResult CheckGitOptions(IReadOnlyList<ArgWord> argv, int start)
    {
        bool grep = argv[1].Value == "grep";
        var scan = new ArgScanner(argv, s_gitGeneric, start);
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            if (token.Kind == ArgTokenKind.LongOption)
            {
                foreach (string name in s_gitUnsafeLong)
                {
                    if (LongSelects(token.Long!, name))
                    {
                        return ReadOnlyResult.No($"`git {argv[1].Value}` option `--{name}` writes or executes");
                    }
                }
            }
            else if (grep && token.Kind == ArgTokenKind.ShortOption && token.Short == 'O')
            {
                return ReadOnlyResult.No("`git grep -O` opens files in a pager");
            }
        }

        return ReadOnlyResult.Yes;
    }

    private static ReadOnlyResult CheckGitReflog(IReadOnlyList<ArgWord> argv)
    {
        if (argv.Count >= 3 && Array.IndexOf(s_gitReflogWrites, argv[2].Value) >= 0)
        {
            return ReadOnlyResult.No($"`git reflog {argv[2].Value}` rewrites the reflog");
        }

        return CheckGitOptions(argv, 2);
    }

    private static ReadOnlyResult CheckGitRemote(IReadOnlyList<ArgWord> argv)
    {
        for (int i = 2; i < argv.Count; i++)
        {
            if (argv[i].Value is not ("-v" or "--verbose"))
            {
                return ReadOnlyResult.No("only `git remote` and `git remote -v` are read-only (`remote show` contacts the network)");
            }
        }

        return ReadOnlyResult.Yes;
    }

    private static ReadOnlyResult CheckGitConfig(IReadOnlyList<ArgWord> argv)
    {
        bool read = false;
        int operands = 0;
        var scan = new ArgScanner(argv, s_gitConfig, 2);
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            switch (token.Kind)
            {
                case ArgTokenKind.LongOption:
                    if (Array.IndexOf(s_gitConfigWrites, token.Long) >= 0)
                    {
                        return ReadOnlyResult.No($"`git config --{token.Long}` changes the configuration");
                    }

                    read |= Array.IndexOf(s_gitConfigReads, token.Long) >= 0;
                    break;
                case ArgTokenKind.ShortOption:
                    if (token.Short == 'e')
                    {
                        return ReadOnlyResult.No("`git config -e` edits the configuration");
                    }

                    read |= token.Short == 'l';
                    break;
                default:
                    if (operands == 0 && !read && argv[token.Index].Value is "get" or "list")
                    {
                        read = true;
                        operands = -1;
                    }

                    operands++;
                    break;
            }
        }

        if (!read)
        {
            return ReadOnlyResult.No("`git config` without `--get` or `--list` can change the configuration");
        }

        return operands <= 2 ? ReadOnlyResult.Yes : ReadOnlyResult.No("`git config` with extra operands");
    }

    private static ReadOnlyResult CheckGitListing(
        IReadOnlyList<ArgWord> argv,
        OptionTable table,
        string unsafeShort,
        string[] unsafeLong,
        string listShort,
        string[] listLong,
        string sub)
    {
        bool list = false;
        bool operands = false;
        var scan = new ArgScanner(argv, table, 2);
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            if (token.Kind == ArgTokenKind.ShortOption)
            {
                if (unsafeShort.Contains(token.Short, StringComparison.Ordinal))
                {
                    return ReadOnlyResult.No($"`git {sub} -{token.Short}` changes refs");
                }

                list |= listShort.Contains(token.Short, StringComparison.Ordinal);
            }
            else if (token.Kind == ArgTokenKind.LongOption)
            {
                foreach (string name in unsafeLong)
                {
                    if (LongSelects(token.Long!, name))
                    {
                        return ReadOnlyResult.No($"`git {sub} --{name}` changes refs");
                    }
                }

                foreach (string name in listLong)
                {
                    list |= token.Long == name;
                }
            }
            else
            {
                operands = true;
            }
        }

        return !operands || list ? ReadOnlyResult.Yes : ReadOnlyResult.No($"`git {sub} NAME` creates a {sub}");
    }
}
