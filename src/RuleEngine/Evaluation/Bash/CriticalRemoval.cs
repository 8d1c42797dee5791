using System.Collections.Frozen;

namespace RuleEngine.Evaluation.Bash;

/// <summary>
/// Critical-path removal (bash.md §11): an <c>rm</c>/<c>rmdir</c> whose target is <c>/</c>, a top-level system
/// directory, home, the cwd or an ancestor, a glob directly in such a directory or in a working directory,
/// a glob/trailing slash right after a variable, or a substitution. No allow rule, mode or hook approves it.
/// </summary>
internal static class CriticalRemoval
{
    /// <summary>Top-level directories that are critical (Linux, macOS and common others).</summary>
    internal static readonly FrozenSet<string> SystemDirectories = new[]
    {
        "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/media", "/mnt", "/opt",
        "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/var", "/snap", "/nix",
        "/Applications", "/Library", "/System", "/Users", "/Volumes", "/cores", "/private", "/Network",
        "/private/etc", "/private/var", "/private/tmp", "/private/home",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for <c>rm</c> and <c>rmdir</c>.</summary>
    public static bool IsRemoval(string command) => command is "rm" or "rmdir";

    /// <summary>
    /// The first critical target of an <c>rm</c>/<c>rmdir</c> command, or null (also null for other commands).
    /// Option spelling does not matter (<c>-rf</c>, <c>-r -f</c>, <c>--recursive --force</c>); words after
    /// <c>--</c> are targets.
    /// </summary>
    public static CriticalRemovalTarget? Check(IReadOnlyList<ArgWord> argv, PathContext context)
    {
        if (argv.Count == 0 || !IsRemoval(argv[0].Value))
        {
            return null;
        }

        string command = argv[0].Value;
        var scan = new ArgScanner(argv, OptionTable.FlagsOnly);
        while (scan.MoveNext())
        {
            if (scan.Current.Kind != ArgTokenKind.Operand)
            {
                continue;
            }

            CriticalRemovalTarget? target = CheckTarget(argv[scan.Current.Index], context, command);
            if (target is not null)
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>Classifies one removal target; null when it is not critical.</summary>
    public static CriticalRemovalTarget? CheckTarget(in ArgWord word, PathContext context, string command = "rm")
    {
        if (word.HasSubstitution)
        {
            return new CriticalRemovalTarget(word.Value, CriticalRemovalKind.UnresolvableSubstitution, null,
                $"dangerous {command} operation on statically-unresolvable target: command substitution output");
        }

        if ((word.HasVariable || (word.HasHomeVariable && word.Value.Contains("${", StringComparison.Ordinal))) && GlobOrSlashAfterVariable(word.Value))
        {
            return new CriticalRemovalTarget(word.Value, CriticalRemovalKind.PossiblyEmptyVariable, null,
                $"dangerous {command} operation on possibly-empty variable path: {word.Value}");
        }

        if (word.HasVariable)
        {
            return null;
        }

        if (IsDriveRoot(word.Value))
        {
            return new CriticalRemovalTarget(word.Value, CriticalRemovalKind.SystemPath, word.Value, $"dangerous {command} operation on critical path: {word.Value}");
        }

        CommandPath path = BashPaths.Resolve(word, context, PathOperation.Write);
        switch (path.Status)
        {
            case PathStatus.Resolved:
                return Classify(word.Value, path.Path!, context, command);
            case PathStatus.Glob:
                // Only a glob in the last segment removes the directory's entries (`*`, `./*`, `~/*`);
                // `*/node_modules` is an ordinary glob write (ask, but bypassable).
                string baseDirectory = path.GlobBase!;
                int lastSlash = path.Path!.LastIndexOf('/');
                if ((lastSlash <= 0 ? "/" : path.Path[..lastSlash]) != baseDirectory)
                {
                    return null;
                }

                if (Classify(word.Value, baseDirectory, context, command) is not null || IsWorkingDirectory(baseDirectory, context))
                {
                    return new CriticalRemovalTarget(word.Value, CriticalRemovalKind.GlobInCriticalDirectory, path.Path,
                        $"dangerous {command} operation on critical path: {path.Path}");
                }

                return null;
            default:
                return null;
        }
    }

    private static CriticalRemovalTarget? Classify(string word, string path, PathContext context, string command)
    {
        if (path == "/" || SystemDirectories.Contains(path))
        {
            return new CriticalRemovalTarget(word, CriticalRemovalKind.SystemPath, path, $"dangerous {command} operation on critical path: {path}");
        }

        if (path == BashPaths.Normalize(context.Home))
        {
            return new CriticalRemovalTarget(word, CriticalRemovalKind.Home, path, $"dangerous {command} operation on critical path: {path}");
        }

        if (BashPaths.IsSameOrBelow(context.Cwd, path) || (context.OriginalCwd is string original && BashPaths.IsSameOrBelow(original, path)))
        {
            return new CriticalRemovalTarget(word, CriticalRemovalKind.WorkingDirectoryOrAncestor, path,
                $"dangerous {command} operation on working directory or its ancestor: {path}");
        }

        return null;
    }

    private static bool IsWorkingDirectory(string directory, PathContext context)
    {
        if (directory == context.Cwd || directory == context.OriginalCwd)
        {
            return true;
        }

        IReadOnlyList<string>? additional = context.AdditionalDirectories;
        if (additional is null)
        {
            return false;
        }

        for (int i = 0; i < additional.Count; i++)
        {
            if (BashPaths.Normalize(additional[i]) == directory)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDriveRoot(string text)
    {
        if (text.Length < 2 || !char.IsAsciiLetter(text[0]) || text[1] != ':')
        {
            return false;
        }

        for (int i = 2; i < text.Length; i++)
        {
            if (text[i] is not ('/' or '\\'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a variable reference is directly followed by only slashes and/or glob characters: <c>$DIR/</c>, <c>$DIR/*</c>, <c>${X}*</c>.</summary>
    internal static bool GlobOrSlashAfterVariable(string text)
    {
        for (int i = text.IndexOf('$'); i >= 0 && i < text.Length; i = text.IndexOf('$', i + 1))
        {
            int end = VariableEnd(text, i);
            if (end <= i + 1 || end >= text.Length)
            {
                continue;
            }

            bool onlySlashOrGlob = true;
            for (int j = end; j < text.Length && onlySlashOrGlob; j++)
            {
                onlySlashOrGlob = text[j] is '/' or '*' or '?' or '[' or ']';
            }

            if (onlySlashOrGlob)
            {
                return true;
            }
        }

        return false;
    }

    private static int VariableEnd(string text, int dollar)
    {
        int i = dollar + 1;
        if (i < text.Length && text[i] == '{')
        {
            int close = text.IndexOf('}', i);
            return close < 0 ? -1 : close + 1;
        }

        while (i < text.Length && ArgWord.IsNameChar(text[i]))
        {
            i++;
        }

        return i;
    }
}
