using System.Collections.Immutable;
using RuleEngine.Syntax;

namespace RuleEngine.Paths;

/// <summary>
/// The directories path rules and working-directory checks are evaluated against: cwd (the original
/// working directory), home, project root and additional working directories, all normalised once.
/// </summary>
internal sealed class PathEnvironment
{
    public PathEnvironment(string cwd, string home, IEnumerable<string>? additionalDirectories = null, string? projectRoot = null)
    {
        Cwd = PathNormalizer.NormalizeDirectory(cwd);
        Home = PathNormalizer.NormalizeDirectory(home);
        ProjectRoot = projectRoot is null ? Cwd : PathNormalizer.NormalizeDirectory(projectRoot);
        AdditionalDirectories = (additionalDirectories ?? []).Select(PathNormalizer.NormalizeDirectory).Distinct(StringComparer.Ordinal).ToImmutableArray();
        UserClaudeDirectory = Home == "/" ? "/.claude" : Home + "/.claude";
        WorkingDirectories = [Cwd, .. AdditionalDirectories.Where(d => d != Cwd)];
    }

    public string Cwd { get; }

    public string Home { get; }

    public string ProjectRoot { get; }

    /// <summary><c>~/.claude</c>, the root of <c>/</c> in user settings.</summary>
    public string UserClaudeDirectory { get; }

    public ImmutableArray<string> AdditionalDirectories { get; }

    /// <summary>The cwd followed by the additional directories.</summary>
    public ImmutableArray<string> WorkingDirectories { get; }

    /// <summary>Resolves a tool-input path (relative, <c>~</c>, Windows, <c>..</c>) to its normalised absolute form.</summary>
    public string Normalize(string path) => PathNormalizer.Normalize(path, Cwd, Home);

    /// <summary>True when the normalised path is a working directory or lies below one (case-sensitive, segment boundary).</summary>
    public bool IsInsideWorkingDirectories(string normalizedPath)
    {
        foreach (string dir in WorkingDirectories)
        {
            if (PathNormalizer.IsWithin(normalizedPath, dir))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The directory a single leading <c>/</c> refers to for a rule (paths.md §4).</summary>
    public string SourceRootFor(RuleEntry entry)
    {
        if (entry.SourceRoot is not null)
        {
            return PathNormalizer.Normalize(entry.SourceRoot, Cwd, Home);
        }

        return entry.Source switch
        {
            RuleSource.UserSettings => UserClaudeDirectory,
            RuleSource.ProjectSettings => ProjectRoot,
            _ => Cwd,
        };
    }
}
