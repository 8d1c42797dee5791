using System.Collections.Frozen;

namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// Extracts the path arguments of the bash.md §8 file commands with their operation, e.g.
/// <c>grep -f pats.txt foo src</c> → Read <c>pats.txt</c>, Read <c>src</c>; <c>cp a.txt .env</c> → Write both.
/// </summary>
/// <remarks>
/// <c>cp</c>/<c>mv</c> sources are reported as writes, as the oracle does (<c>cp a.txt b.txt</c> asks about
/// <c>a.txt</c>); the engine applies Read deny rules to write paths as well, which is how <c>cp .env b.txt</c>
/// is blocked by <c>Read(./.env)</c>. Directory arguments are not expanded (<c>grep -r a .</c> checks only
/// <c>.</c>).
/// </remarks>
internal static partial class FileCommandPaths
{
    private static readonly FrozenSet<string> s_specialCommands = new[] { "cd", "find", "git", "jq" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a command of the bash.md §8 table.</summary>
    public static bool IsFileCommand(string command) =>
        FileCommandSpecs.Specs.ContainsKey(command) || s_specialCommands.Contains(command);

    /// <summary>The operation of a file command's operands (sed: Write with <c>-i</c>, else Read); null for other commands.</summary>
    public static PathOperation? OperationOf(IReadOnlyList<ArgWord> argv)
    {
        if (argv.Count == 0)
        {
            return null;
        }

        string name = argv[0].Value;
        if (s_specialCommands.Contains(name))
        {
            return PathOperation.Read;
        }

        if (!FileCommandSpecs.Specs.TryGetValue(name, out FileCommandSpec? spec))
        {
            return null;
        }

        return name == "sed" && SedInPlace(argv) ? PathOperation.Write : spec.Operation;
    }

    /// <summary>
    /// True when a read command (bash.md §8 read list, <c>sed</c> without <c>-i</c>; not <c>cd</c> itself) reads
    /// relative to the cwd: it names no path (stdin or an implicit <c>.</c>, e.g. <c>ls</c>, <c>grep -r a</c>) or a
    /// relative / unresolvable one. Used for bash.md §10: while a Read deny rule exists, <c>cd src &amp;&amp; ls</c> asks.
    /// </summary>
    public static bool ReadsRelativeToCwd(IReadOnlyList<ArgWord> argv, IReadOnlyList<CommandPath> paths)
    {
        if (argv.Count == 0 || argv[0].Value == "cd" || OperationOf(argv) != PathOperation.Read)
        {
            return false;
        }

        if (paths.Count == 0)
        {
            return true;
        }

        for (int i = 0; i < paths.Count; i++)
        {
            if (paths[i].IsRelative)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The paths of <paramref name="argv"/> (argv[0] is the command word) resolved against
    /// <paramref name="context"/>; empty for commands outside the table.
    /// </summary>
    public static IReadOnlyList<CommandPath> Extract(IReadOnlyList<ArgWord> argv, PathContext context)
    {
        if (argv.Count == 0)
        {
            return [];
        }

        string name = argv[0].Value;
        switch (name)
        {
            case "cd":
                return ExtractCd(argv, context);
            case "find":
                return ExtractFind(argv, context);
            case "git":
                return ExtractGit(argv, context);
            case "jq":
                return ExtractJq(argv, context);
        }

        if (!FileCommandSpecs.Specs.TryGetValue(name, out FileCommandSpec? spec))
        {
            return [];
        }

        return ExtractGeneric(argv, context, name, spec);
    }

    private static List<CommandPath> ExtractGeneric(IReadOnlyList<ArgWord> argv, PathContext context, string name, FileCommandSpec spec)
    {
        bool scriptFromOption = false;
        bool inPlace = false;
        bool localFiles = false;
        var scan = new ArgScanner(argv, spec.Options);
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            scriptFromOption |= spec.SuppliesScript(token);
            if (name == "sed")
            {
                inPlace |= IsSedInPlace(token);
            }
            else if (name == "man")
            {
                localFiles |= token.Short == 'l' || token.Long == "local-file";
            }
        }

        PathOperation operandOp = inPlace ? PathOperation.Write : spec.Operation;
        OperandRole role = localFiles ? OperandRole.AllPaths : spec.Role;
        var paths = new List<CommandPath>();
        bool scriptPending = role == OperandRole.ScriptThenPaths && !scriptFromOption;
        int operandCount = 0;
        scan = new ArgScanner(argv, spec.Options);
        while (scan.MoveNext())
        {
            ArgToken token = scan.Current;
            if (token.IsOption)
            {
                if (spec.ValuePathOperation(token) is PathOperation valueOp)
                {
                    AddPath(paths, ValueWord(argv, token), context, valueOp);
                }

                if (name == "sed" && token.Value is not null && spec.SuppliesScript(token) && token.Short != 'f' && token.Long != "file")
                {
                    AddSedScriptFiles(paths, token.Value, context);
                }

                continue;
            }

            ArgWord word = argv[token.Index];
            if (scriptPending)
            {
                scriptPending = false;
                if (name == "sed")
                {
                    AddSedScriptFiles(paths, word.Value, context);
                }

                continue;
            }

            if (IsAwk(name) && IsAssignmentOperand(word.Value))
            {
                continue;
            }

            operandCount++;
            switch (role)
            {
                case OperandRole.None:
                    break;
                case OperandRole.PathLike when !LooksLikePath(word):
                    break;
                case OperandRole.FirstTwo when operandCount > 2:
                    break;
                case OperandRole.InputOutput:
                    if (operandCount <= 2)
                    {
                        AddPath(paths, word, context, operandCount == 1 ? PathOperation.Read : PathOperation.Write);
                    }

                    break;
                default:
                    // `-` is stdin for readers; `rm -`, `touch -`, `tee -` name a file called `-`.
                    AddPath(paths, word, context, operandOp, skipStdin: operandOp == PathOperation.Read);
                    break;
            }
        }

        return paths;
    }

    private static bool SedInPlace(IReadOnlyList<ArgWord> argv)
    {
        var scan = new ArgScanner(argv, FileCommandSpecs.Specs["sed"].Options);
        while (scan.MoveNext())
        {
            if (IsSedInPlace(scan.Current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSedInPlace(in ArgToken token) =>
        (token.Kind == ArgTokenKind.ShortOption && token.Short == 'i')
        || (token.Kind == ArgTokenKind.LongOption && token.Long == "in-place");

    private static void AddSedScriptFiles(List<CommandPath> paths, string script, PathContext context)
    {
        SedScriptInfo info = SedScript.Analyze(script);
        AddNamedFiles(paths, info.WriteFiles, context, PathOperation.Write);
        AddNamedFiles(paths, info.ReadFiles, context, PathOperation.Read);
    }

    private static void AddNamedFiles(List<CommandPath> paths, IReadOnlyList<string>? files, PathContext context, PathOperation operation)
    {
        if (files is null)
        {
            return;
        }

        for (int i = 0; i < files.Count; i++)
        {
            string file = files[i];
            if (file.Length > 0 && file != "/dev/stdout" && file != "/dev/stderr")
            {
                paths.Add(BashPaths.Resolve(ArgWord.Literal(file), context, operation));
            }
        }
    }

    private static bool IsAwk(string name) => name is "awk" or "gawk" or "mawk" or "nawk";

    private static bool IsAssignmentOperand(string text)
    {
        int eq = text.IndexOf('=');
        if (eq <= 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        for (int i = 1; i < eq; i++)
        {
            if (!ArgWord.IsNameChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when an operand looks like a path rather than a name, revision or pattern.</summary>
    internal static bool LooksLikePath(in ArgWord word)
    {
        if (word.HasVariable || word.HasSubstitution || word.HasHomeVariable || word.HasTilde)
        {
            return true;
        }

        return TextLooksLikePath(word.Value);
    }

    /// <summary><see cref="LooksLikePath(in ArgWord)"/> for a word whose value is its text (no expansion).</summary>
    internal static bool TextLooksLikePath(ReadOnlySpan<char> text) =>
        text.StartsWith('/')
        || text is "." or ".."
        || text.StartsWith("./", StringComparison.Ordinal)
        || text.StartsWith("../", StringComparison.Ordinal)
        || text.Contains("/../", StringComparison.Ordinal)
        || text.EndsWith("/..", StringComparison.Ordinal);

    internal static ArgWord ValueWord(IReadOnlyList<ArgWord> argv, in ArgToken token)
    {
        if (token.ValueIndex >= 0)
        {
            return argv[token.ValueIndex];
        }

        ArgWord option = argv[token.Index];
        string value = token.Value ?? string.Empty;
        return option with { Value = value, HasTilde = !option.Quoted && value.StartsWith('~') };
    }

    internal static void AddPath(List<CommandPath> paths, in ArgWord word, PathContext context, PathOperation operation, bool skipStdin = true)
    {
        if (skipStdin && word.Value == "-")
        {
            return;
        }

        paths.Add(BashPaths.Resolve(word, context, operation));
    }
}
