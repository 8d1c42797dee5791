namespace RuleEngine.Evaluation.Bash;

/// <summary><c>cd</c> and <c>git</c> facts used by the whole-command checks (bash.md §10).</summary>
internal static class CdGitFacts
{
    /// <summary>True for commands that change the shell's directory: <c>cd</c>, <c>pushd</c>, <c>popd</c>.</summary>
    public static bool IsDirectoryChange(string command) => command is "cd" or "pushd" or "popd";

    /// <summary>Facts for <c>cd</c>/<c>pushd</c>/<c>popd</c>; null for other commands.</summary>
    public static CdFacts? AnalyzeCd(IReadOnlyList<ArgWord> argv, PathContext context)
    {
        if (argv.Count == 0 || !IsDirectoryChange(argv[0].Value))
        {
            return null;
        }

        if (argv[0].Value != "cd")
        {
            return new CdFacts(false, new CommandPath(argv[0].Value, PathOperation.Read, PathStatus.NeedsExpansion, null), true);
        }

        IReadOnlyList<CommandPath> paths = FileCommandPaths.Extract(argv, context);
        CommandPath target = paths[0];
        bool changes = target.Status != PathStatus.Resolved || target.Path != BashPaths.Normalize(context.Cwd);
        return new CdFacts(true, target, changes);
    }

    /// <summary>Facts for <c>git</c>; IsGit false for other commands.</summary>
    public static GitFacts AnalyzeGit(IReadOnlyList<ArgWord> argv)
    {
        if (argv.Count == 0 || argv[0].Value != "git")
        {
            return default;
        }

        bool dashC = false;
        int sub = FileCommandPaths.GitSubcommandIndex(argv);
        for (int i = 1; i < sub && i < argv.Count; i++)
        {
            dashC |= argv[i].Value == "-C";
        }

        return new GitFacts(true, dashC, sub > 1, sub < argv.Count ? argv[sub].Value : null);
    }
}
