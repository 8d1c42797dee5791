namespace RuleEngine.AutoMode.BuiltIn;

/// <summary>allow-section matchers: they name the exception that applies when nothing blocked.</summary>
internal static partial class PolicyMatchers
{
    public static bool IsProjectFileOperation(ActionView v)
    {
        if (v.FilePath is string path)
        {
            return !v.IsOutsideProject(path.ToLowerInvariant());
        }

        return All(v, s => s.Command is "mkdir" or "touch" or "cp" or "mv" or "rm" or "rmdir" or "ln" or "chmod" or "cd"
            && !AnyArg(s, w => !w.StartsWith('-') && v.IsOutsideProject(w)));
    }

    public static bool IsReadOnlyQuery(ActionView v) => v.Tool is "Read" or "Grep" or "Glob" or "WebSearch"
        || All(v, s => (s_readOnly.Contains(s.Command) && !AnyArg(s, IsSecretPath))
            || (s.Command == "git" && s.SubcommandAt(1) is string sub && s_gitReadOnly.Contains(sub) && !s.HasShortFlag('D') && !s.HasArg("--delete"))
            || (s.Command == "find" && !s.HasArg("-delete") && !s.HasArg("-exec") && !s.HasArg("-execdir")));

    public static bool IsDeclaredDependencyInstall(ActionView v) => All(v, s =>
        (s.Command is "npm" or "pnpm" or "yarn" or "bun" && (s.Count == 1 || (s.Count == 2 && s[1] is "install" or "ci" or "i")
            || (s.Count >= 2 && s[1] is "install" or "ci" or "i" && s.Positional(2) is null)))
        || (s.Command is "pip" or "pip3" && s.HasArg("install") && s.HasShortFlag('r', "--requirement"))
        || (s.Command is "poetry" or "pipenv" or "bundle" or "composer" && s.HasArg("install") && s.Positional(2) is null)
        || (s.Command is "uv" && s.HasArg("sync"))
        || (s.Command is "go" && s.HasArg("mod") && s.HasArg("download"))
        || (s.Command is "cargo" && s.HasArg("fetch"))
        || (s.Command is "dotnet" && s.HasArg("restore")));

    public static bool IsBuildOrTest(ActionView v) => All(v, s =>
        (s.Command is "npm" or "pnpm" or "yarn" or "bun" && s.Count >= 2 && s[1] is "test" or "t" or "build" or "lint")
        || (s.Command is "pytest" or "tox" or "jest" or "vitest" or "eslint" or "prettier" or "ruff" or "black" or "mypy" or "tsc")
        || (s.Command is "cargo" && s.Count >= 2 && s[1] is "build" or "test" or "check" or "clippy" or "fmt")
        || (s.Command is "go" && s.Count >= 2 && s[1] is "build" or "test" or "vet")
        || (s.Command is "dotnet" && s.Count >= 2 && s[1] is "build" or "test" or "format")
        || (s.Command is "mvn" or "gradle" or "./gradlew" or "gradlew" && AnyArg(s, w => w is "test" or "compile" or "package" or "build" or "verify"))
        || (s.Command is "make" && AnyArg(s, w => w is "test" or "build" or "all" or "check" or "lint") && !s.HasShortFlag('f')));

    public static bool IsPlainPush(ActionView v) => Any(v, s => s.Is("git", "push")) && !IsForcePush(v);

    public static bool IsMemoryWrite(ActionView v)
    {
        if (v.FilePath is not string path)
        {
            return false;
        }

        string p = path.ToLowerInvariant();
        return p.EndsWith("claude.md", StringComparison.Ordinal) || p.EndsWith("claude.local.md", StringComparison.Ordinal)
            || p.Contains("/.claude/memory/", StringComparison.Ordinal) || p.Contains("/memory/", StringComparison.Ordinal) && p.Contains(".claude", StringComparison.Ordinal);
    }
}
