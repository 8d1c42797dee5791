namespace RuleEngine.Evaluation.Bash;

internal static partial class FileCommandPaths
{
    private static List<CommandPath> ExtractCd(IReadOnlyList<ArgWord> argv, PathContext context)
    {
        var paths = new List<CommandPath>(1);
        var scan = new ArgScanner(argv, FileCommandSpecs.Cd);
        while (scan.MoveNext())
        {
            if (scan.Current.Kind != ArgTokenKind.Operand)
            {
                continue;
            }

            ArgWord word = argv[scan.Current.Index];
            if (word.Value == "-" && !scan.OptionsEnded)
            {
                paths.Add(new CommandPath(word.Value, PathOperation.Read, PathStatus.NeedsExpansion, null));
            }
            else
            {
                AddPath(paths, word, context, PathOperation.Read, skipStdin: false);
            }

            return paths;
        }

        paths.Add(new CommandPath(string.Empty, PathOperation.Read, PathStatus.Resolved, context.Home));
        return paths;
    }

    private static List<CommandPath> ExtractJq(IReadOnlyList<ArgWord> argv, PathContext context)
    {
        var paths = new List<CommandPath>();
        bool filterFromFile = false;
        bool filterSeen = false;
        bool positionalArgs = false;
        bool optionsEnded = false;
        for (int i = 1; i < argv.Count; i++)
        {
            ArgWord word = argv[i];
            string text = word.Value;
            if (!optionsEnded && text.Length > 1 && text[0] == '-')
            {
                switch (text)
                {
                    case "--":
                        optionsEnded = true;
                        continue;
                    case "--args" or "--jsonargs":
                        positionalArgs = true;
                        continue;
                    case "--arg" or "--argjson":
                        i += 2;
                        continue;
                    case "--slurpfile" or "--rawfile":
                        if (i + 2 < argv.Count)
                        {
                            AddPath(paths, argv[i + 2], context, PathOperation.Read);
                        }

                        i += 2;
                        continue;
                    case "-f" or "--from-file":
                        filterFromFile = true;
                        if (i + 1 < argv.Count)
                        {
                            AddPath(paths, argv[i + 1], context, PathOperation.Read);
                        }

                        i++;
                        continue;
                    case "-L" or "--indent":
                        i++;
                        continue;
                }

                continue;
            }

            if (!filterSeen && !filterFromFile)
            {
                filterSeen = true;
                continue;
            }

            if (!positionalArgs)
            {
                AddPath(paths, word, context, PathOperation.Read);
            }
        }

        return paths;
    }
}
