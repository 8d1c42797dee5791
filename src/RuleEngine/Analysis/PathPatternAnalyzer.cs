using System.Collections.Frozen;
using RuleEngine.Diagnostics;

namespace RuleEngine.Analysis;

/// <summary>Path patterns that almost surely do not mean what they say (settings.md §8 rows 20–21).</summary>
internal sealed class PathPatternAnalyzer : IRuleSetAnalyzer
{
    private static readonly FrozenSet<string> s_rootDirectories = new[]
    {
        "users", "home", "etc", "tmp", "var", "usr", "opt", "private", "volumes", "mnt", "srv", "root", "bin", "sbin",
        "lib", "dev", "proc", "sys", "library", "system", "applications", "media", "c", "d", "workspace", "workspaces",
    }.ToFrozenSet(StringComparer.Ordinal);

    public void Analyze(AnalysisContext context)
    {
        foreach (AnalyzedRule entry in context.Loaded)
        {
            if (entry.Rule.ToolName is not ("Read" or "Edit" or "Write" or "NotebookEdit" or "Glob" or "Grep" or "Cd") || entry.Rule.Content is not { } content)
            {
                continue;
            }

            if (ToolParameters.TrySplitParameter(content, out string key, out _) && ToolParameters.IsField(entry.Rule.ToolName, key))
            {
                continue;
            }

            if (content.Length > 1 && content[0] == '/' && content[1] != '/')
            {
                int end = content.IndexOf('/', 1);
                string first = (end < 0 ? content[1..] : content[1..end]).ToLowerInvariant().TrimEnd(':');
                if (s_rootDirectories.Contains(first))
                {
                    string root = entry.Document.Scope == Syntax.RuleSource.UserSettings ? "`~/.claude`" : "the project root";
                    context.Report(Diagnostic.Create(Descriptors.SingleSlashAbsolute, entry.ContentLocation,
                        $"`{content}` is relative to {root}, not the filesystem root: a single leading `/` is source-relative",
                        $"for an absolute path write `{entry.Rule.ToolName}(/{content})`"));
                }
            }

            if (content == "~" || content.Split('/').Any(s => s == ".."))
            {
                context.Report(Diagnostic.Create(Descriptors.PathNeverMatches, entry.ContentLocation,
                    content == "~" ? "`~` alone matches nothing" : $"`{content}` never reaches outside its anchor, so it matches nothing",
                    content == "~" ? "write `~/**` for everything under the home directory" : "use an absolute pattern such as `//path/**` or `~/path/**`"));
            }
        }
    }
}
