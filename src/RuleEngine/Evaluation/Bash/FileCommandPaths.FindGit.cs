using System.Collections.Frozen;
using RuleEngine.Shell;

namespace RuleEngine.Evaluation.Bash;

internal static partial class FileCommandPaths
{
    private static readonly FrozenDictionary<string, PathOperation> s_findValuePaths = new Dictionary<string, PathOperation>(StringComparer.Ordinal)
    {
        ["-fprint"] = PathOperation.Write,
        ["-fprint0"] = PathOperation.Write,
        ["-fprintf"] = PathOperation.Write,
        ["-fls"] = PathOperation.Write,
        ["-newer"] = PathOperation.Read,
        ["-anewer"] = PathOperation.Read,
        ["-cnewer"] = PathOperation.Read,
        ["-samefile"] = PathOperation.Read,
        ["-files0-from"] = PathOperation.Read,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_gitGlobalWithValue = new[]
    {
        "-C", "-c", "--git-dir", "--work-tree", "--namespace", "--config-env", "--super-prefix", "--exec-path",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_gitPathspecSubcommands = new[]
    {
        "add", "stage", "rm", "mv", "restore", "ls-files", "clean", "blame", "annotate", "update-index", "check-ignore", "check-attr",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly WordSet s_gitGlobalWithValueBySpan = new(s_gitGlobalWithValue);

    private static readonly WordSet s_gitPathspecSubcommandsBySpan = new(s_gitPathspecSubcommands);

    private static readonly OptionTable s_gitOptions = new("mFef", ["message", "file", "regexp"]);

    private static List<CommandPath> ExtractFind(IReadOnlyList<ArgWord> argv, PathContext context)
    {
        var paths = new List<CommandPath>();
        int i = 1;
        while (i < argv.Count)
        {
            string text = argv[i].Value;
            if (text is "-H" or "-L" or "-P" || text.StartsWith("-O", StringComparison.Ordinal))
            {
                i++;
            }
            else if (text == "-D")
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        for (; i < argv.Count; i++)
        {
            string text = argv[i].Value;
            if (IsFindExpressionStart(argv[i]))
            {
                break;
            }

            if (text == "--")
            {
                continue;
            }

            AddPath(paths, argv[i], context, PathOperation.Read, skipStdin: false);
        }

        for (; i < argv.Count; i++)
        {
            string text = argv[i].Value;
            if (s_findValuePaths.TryGetValue(text, out PathOperation op) && i + 1 < argv.Count)
            {
                AddPath(paths, argv[++i], context, op, skipStdin: false);
            }
            else if (text.StartsWith("-newer", StringComparison.Ordinal) && text.Length == 8 && text[7] != 't' && i + 1 < argv.Count)
            {
                AddPath(paths, argv[++i], context, PathOperation.Read, skipStdin: false);
            }
        }

        return paths;
    }

    /// <summary>True for the first word of a find expression: <c>-name</c>, <c>(</c>, <c>!</c>, <c>,</c>.</summary>
    internal static bool IsFindExpressionStart(in ArgWord word)
    {
        string text = word.Value;
        return (text.Length > 1 && text[0] == '-' && text != "--") || text is "(" or ")" or "!" or ",";
    }

    private static IReadOnlyList<CommandPath> ExtractGit(IReadOnlyList<ArgWord> argv, PathContext context)
    {
        List<CommandPath>? paths = null; // most git commands name no path: no list
        int i = GitSubcommandIndex(argv);
        if (i >= argv.Count)
        {
            return [];
        }

        bool allOperands = s_gitPathspecSubcommands.Contains(argv[i].Value);
        var scan = new ArgScanner(argv, s_gitOptions, i + 1);
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            if (token.IsOption)
            {
                if (token.Value is not null && (token.Short == 'F' || token.Long == "file" || (token.Short == 'f' && argv[i].Value == "grep")))
                {
                    AddPath(paths ??= [], ValueWord(argv, token), context, PathOperation.Read);
                }

                continue;
            }

            ArgWord word = argv[token.Index];
            if (allOperands || scan.OptionsEnded || LooksLikePath(word))
            {
                AddPath(paths ??= [], word, context, PathOperation.Read);
            }
        }

        return (IReadOnlyList<CommandPath>?)paths ?? [];
    }

    /// <summary>
    /// True when <see cref="ExtractGit"/> is sure to find no path in a parsed git command whose <c>git</c> word is
    /// <paramref name="words"/>[<paramref name="gitWord"/>], read from the words' text without building argv
    /// (<c>git status --short</c>, <c>git log -n 5</c>, <c>git commit -m "msg"</c>). It follows the same walk —
    /// global options, subcommand, then <see cref="ArgScanner"/> over <see cref="s_gitOptions"/> — and answers
    /// false for every form that could name a path or that it does not follow exactly: a word that expands, a
    /// global option with a value, a pathspec subcommand, <c>--</c>, <c>-F</c>, <c>--file</c>, grep's <c>-f</c>, an
    /// operand that looks like a path. False only means "extract to find out".
    /// </summary>
    internal static bool GitNamesNoPath(CommandLine line, ReadOnlySpan<ShellWord> words, int gitWord)
    {
        int i = gitWord + 1;
        for (; i < words.Length; i++)
        {
            ReadOnlySpan<char> text = line.Value(words[i]);
            if (words[i].Has(ArgWord.ExpansionFlags))
            {
                return false;
            }

            if (text.Length == 0 || text[0] != '-')
            {
                break;
            }

            if (s_gitGlobalWithValueBySpan.Contains(text))
            {
                return false;
            }
        }

        if (i >= words.Length)
        {
            return true;
        }

        ReadOnlySpan<char> subcommand = line.Value(words[i]);
        if (s_gitPathspecSubcommandsBySpan.Contains(subcommand))
        {
            return false;
        }

        bool grep = subcommand is "grep";
        for (i++; i < words.Length; i++)
        {
            ReadOnlySpan<char> text = line.Value(words[i]);
            if (words[i].Has(ArgWord.ExpansionFlags))
            {
                return false;
            }

            if (text.Length < 2 || text[0] != '-')
            {
                // An operand: a path when it looks like one (no pathspec subcommand, options not ended).
                if (TextLooksLikePath(text))
                {
                    return false;
                }

                continue;
            }

            if (text[1] == '-')
            {
                if (text.Length == 2)
                {
                    return false; // `--`: every later word is a pathspec
                }

                ReadOnlySpan<char> name = text[2..];
                int eq = name.IndexOf('=');
                if (eq >= 0)
                {
                    if (name[..eq] is "file")
                    {
                        return false;
                    }

                    continue;
                }

                if (s_gitOptions.LongTakesValue(name))
                {
                    if (name is "file")
                    {
                        return false;
                    }

                    i++; // the next word is the option's value, never an operand
                }

                continue;
            }

            // A short cluster: the first letter that takes a value ends it, with the rest or the next word as its value.
            for (int c = 1; c < text.Length; c++)
            {
                char option = text[c];
                if (s_gitOptions.ShortTakesValue(option))
                {
                    if (option == 'F' || (option == 'f' && grep))
                    {
                        return false;
                    }

                    if (c == text.Length - 1)
                    {
                        i++;
                    }

                    break;
                }
            }
        }

        return true;
    }

    /// <summary>Index of the git subcommand word after the global options (argv.Count when there is none).</summary>
    internal static int GitSubcommandIndex(IReadOnlyList<ArgWord> argv)
    {
        int i = 1;
        while (i < argv.Count)
        {
            string text = argv[i].Value;
            if (text.Length == 0 || text[0] != '-')
            {
                break;
            }

            i += s_gitGlobalWithValue.Contains(text) ? 2 : 1;
        }

        return i;
    }
}
