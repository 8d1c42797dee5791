using System.Collections.Frozen;

namespace RuleEngine.Paths;

/// <summary>
/// The protected-path lists of Claude Code 2.1.329 (paths.md §8): writes there are never auto-approved
/// outside bypassPermissions. Names compare case-insensitively; directories match at any segment of the
/// absolute path (the oracle also protects <c>~/.claude/…</c> and <c>~/.config/git/…</c>, which lie outside
/// the working directory), file names match the last segment. <c>.claude/worktrees/…</c> is ordinary.
/// </summary>
internal static class ProtectedPaths
{
    /// <summary>Protected single-segment directory names.</summary>
    public static readonly FrozenSet<string> Directories = new[]
    {
        ".git", ".vscode", ".idea", ".husky", ".cargo", ".devcontainer", ".yarn", ".mvn", ".claude",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Protected file names.</summary>
    public static readonly FrozenSet<string> Files = new[]
    {
        ".gitconfig", ".gitmodules", ".bashrc", ".bash_profile", ".bash_login", ".bash_aliases", ".bash_logout",
        ".zshrc", ".zprofile", ".zshenv", ".zlogin", ".zlogout", ".profile", ".envrc", ".npmrc", ".yarnrc",
        ".yarnrc.yml", ".pnp.cjs", ".pnp.loader.mjs", ".pnpmfile.cjs", "bunfig.toml", ".bunfig.toml", ".bazelrc",
        ".bazelversion", ".bazeliskrc", ".pre-commit-config.yaml", "lefthook.yml", "lefthook.yaml", ".lefthook.yml",
        ".lefthook.yaml", "gradle-wrapper.properties", "maven-wrapper.properties", ".devcontainer.json", ".ripgreprc",
        "pyrightconfig.json", ".mcp.json", ".claude.json",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every segment name <see cref="Classify"/> reacts to (the directories, the files, and <c>git</c> of
    /// <c>.config/git</c>): a path with none of them as a segment is not protected. Keep in step with Classify.
    /// </summary>
    public static readonly IReadOnlyList<string> TriggerNames = [.. Directories, .. Files, "git"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_directoryLookup = Directories.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_fileLookup = Files.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies a normalised absolute path.</summary>
    public static ProtectedPathKind Classify(ReadOnlySpan<char> path)
    {
        ProtectedPathKind result = ProtectedPathKind.None;
        ReadOnlySpan<char> previous = default;
        ReadOnlySpan<char> rest = path;
        while (!rest.IsEmpty)
        {
            int slash = rest.IndexOf('/');
            ReadOnlySpan<char> seg = slash < 0 ? rest : rest[..slash];
            rest = slash < 0 ? default : rest[(slash + 1)..];
            bool last = rest.IsEmpty;
            if (seg.IsEmpty)
            {
                continue;
            }

            if (seg.Equals("git", StringComparison.OrdinalIgnoreCase) && previous.Equals(".config", StringComparison.OrdinalIgnoreCase))
            {
                result = Max(result, ProtectedPathKind.SensitiveFile);
            }
            else if (seg.Equals(".claude", StringComparison.OrdinalIgnoreCase))
            {
                result = Max(result, ClassifyClaude(rest));
            }
            else if (s_directoryLookup.Contains(seg))
            {
                result = Max(result, ProtectedPathKind.SensitiveFile);
            }

            if (last && s_fileLookup.Contains(seg))
            {
                result = Max(result, ProtectedPathKind.SensitiveFile);
            }

            previous = seg;
        }

        return result;
    }

    /// <summary>True for any protected path.</summary>
    public static bool IsProtected(ReadOnlySpan<char> path) => Classify(path) != ProtectedPathKind.None;

    /// <summary>True for a Claude Code settings file: <c>…/.claude/settings.json</c> or <c>…/.claude/settings.local.json</c>.</summary>
    public static bool IsClaudeSettingsFile(ReadOnlySpan<char> path)
    {
        int slash = path.LastIndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> name = path[(slash + 1)..];
        ReadOnlySpan<char> parent = path[..slash];
        int parentSlash = parent.LastIndexOf('/');
        ReadOnlySpan<char> parentName = parentSlash < 0 ? parent : parent[(parentSlash + 1)..];
        return parentName.Equals(".claude", StringComparison.OrdinalIgnoreCase)
            && (name.Equals("settings.json", StringComparison.OrdinalIgnoreCase) || name.Equals("settings.local.json", StringComparison.OrdinalIgnoreCase));
    }

    // rest: what follows the `.claude` segment.
    private static ProtectedPathKind ClassifyClaude(ReadOnlySpan<char> rest)
    {
        int slash = rest.IndexOf('/');
        ReadOnlySpan<char> next = slash < 0 ? rest : rest[..slash];
        bool hasMore = slash >= 0 && slash + 1 < rest.Length;
        if (next.Equals("worktrees", StringComparison.OrdinalIgnoreCase) && hasMore)
        {
            return ProtectedPathKind.None;
        }

        if (!hasMore && (next.Equals("settings.json", StringComparison.OrdinalIgnoreCase) || next.Equals("settings.local.json", StringComparison.OrdinalIgnoreCase)))
        {
            return ProtectedPathKind.ClaudeConfiguration;
        }

        if (hasMore && (next.Equals("commands", StringComparison.OrdinalIgnoreCase) || next.Equals("agents", StringComparison.OrdinalIgnoreCase) || next.Equals("skills", StringComparison.OrdinalIgnoreCase)))
        {
            return ProtectedPathKind.ClaudeConfiguration;
        }

        return ProtectedPathKind.SensitiveFile;
    }

    private static ProtectedPathKind Max(ProtectedPathKind a, ProtectedPathKind b) => a == ProtectedPathKind.SensitiveFile || b == ProtectedPathKind.SensitiveFile
        ? ProtectedPathKind.SensitiveFile
        : (a == ProtectedPathKind.None ? b : a);
}
