using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Analysis;

/// <summary>Unknown tool names (with "did you mean"), whitespace around names, and tool-name globs with content.</summary>
internal sealed class ToolNameAnalyzer : IRuleSetAnalyzer
{
    private static readonly string[] s_suggestable = KnownTools.Names.Concat(KnownTools.LegacyNames).Order(StringComparer.Ordinal).ToArray();

    public void Analyze(AnalysisContext context)
    {
        foreach (AnalyzedRule entry in context.Loaded)
        {
            if (entry.Syntax.IsMalformed)
            {
                continue;
            }

            string name = entry.Syntax.WrittenToolName;
            if (name.Length > 0 && name.Trim().Length != name.Length)
            {
                string fixedRule = name.Trim() + entry.Syntax.Text[name.Length..];
                context.Report(Diagnostic.Create(Descriptors.ToolNameWhitespace, entry.ToolNameLocation,
                    $"tool name `{name}` has leading or trailing whitespace, so the rule matches no tool",
                    $"write `{fixedRule}`"));
                continue;
            }

            if (entry.Rule.HasToolGlob && entry.Rule.Content is not null)
            {
                context.Report(Diagnostic.Create(Descriptors.ToolGlobWithContent, entry.Location,
                    $"tool-name glob `{entry.Rule.ToolName}` with content never matches",
                    "use a glob alone (`mcp__github__*`) or a concrete tool with content (`Bash(ls *)`)"));
                continue;
            }

            if (name.Contains('_') || name.Contains('*') || KnownTools.IsKnown(name))
            {
                continue;
            }

            string help;
            if (name.StartsWith('('))
            {
                help = $"the rule has no tool name; did you mean `Bash{entry.Syntax.Text}`?";
            }
            else
            {
                string? near = Suggestions.Nearest(name, s_suggestable);
                string rest = entry.Syntax.Text[name.Length..];
                help = near is not null ? $"did you mean `{near}{rest}`?" : "tool names are case-sensitive; see the tool list in the README";
            }

            context.Report(Diagnostic.Create(Descriptors.UnknownTool, entry.ToolNameLocation,
                $"unknown tool `{name}`: the rule matches nothing", help));
        }
    }
}
