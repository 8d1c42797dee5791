using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Analysis;

/// <summary>Misleading Bash/PowerShell command patterns (settings.md §8 rows 9–12 and 32).</summary>
internal sealed class CommandPatternAnalyzer : IRuleSetAnalyzer
{
    private static readonly string[] s_scriptRunners = ["npm run ", "yarn run ", "pnpm run ", "bun run ", "yarn ", "pnpm ", "make "];

    public void Analyze(AnalysisContext context)
    {
        foreach (AnalyzedRule entry in context.Loaded)
        {
            if (entry.Rule.ToolName is not ("Bash" or "PowerShell" or "Monitor") || entry.Rule.Content is not { } content)
            {
                continue;
            }

            int colonStar = content.IndexOf(":*", StringComparison.Ordinal);
            bool isPrefix = content.Length > 2 && content.EndsWith(":*", StringComparison.Ordinal);
            if (colonStar >= 0 && colonStar != content.Length - 2)
            {
                context.Report(Diagnostic.Create(Descriptors.PrefixNotAtEnd, entry.ContentLocation,
                    $"`:*` is only special at the end; in `{content}` it is a literal `:` followed by a wildcard",
                    $"write `{entry.Rule.ToolName}({content.Replace(":*", " *", StringComparison.Ordinal)})`"));
            }

            if (isPrefix && HasUnescapedStar(content.AsSpan(0, content.Length - 2)))
            {
                string suggestion = content[..^2] + "*";
                context.Report(Diagnostic.Create(Descriptors.StarWithPrefix, entry.ContentLocation,
                    $"with a trailing `:*` the other `*` in `{content}` is literal",
                    $"write `{entry.Rule.ToolName}({suggestion})`"));
            }

            if (isPrefix && s_scriptRunners.Any(r => content.StartsWith(r, StringComparison.Ordinal)) && char.IsLetterOrDigit(content[^3]))
            {
                string prefix = content[..^2];
                context.Report(Diagnostic.Create(Descriptors.PrefixColonMeaning, entry.ContentLocation,
                    $"`{content}` matches `{prefix}` and `{prefix} …`, not `{prefix}:…`",
                    $"to also allow `{prefix}:prod`, add `{entry.Rule.ToolName}({prefix}\\:*)`-style exact rules or `{entry.Rule.ToolName}({prefix}*)`"));
            }

            if (entry.Behavior != RuleBehavior.Allow || isPrefix || !HasUnescapedStar(content))
            {
                continue;
            }

            string[] words = content.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < words.Length; i++)
            {
                int eq = words[i].IndexOf('=');
                if (eq > 0 && Shell.ShellNames.IsName(words[i].AsSpan(0, eq)) && HasUnescapedStar(words[i].AsSpan(eq + 1)))
                {
                    context.Report(Diagnostic.Create(Descriptors.WildcardInAssignment, entry.ContentLocation,
                        $"wildcard in the value of `{words[i][..eq]}` lets any value through, including `$(…)` payloads",
                        "spell out the allowed value, or drop the assignment from the rule"));
                    break;
                }

                if (!Shell.ShellNames.IsName(words[i].AsSpan(0, Math.Max(eq, 0))) || eq < 0)
                {
                    break;
                }
            }

            int firstLiteral = Array.FindIndex(words, w => !w.Contains('=') || !Shell.ShellNames.IsName(w.AsSpan(0, w.IndexOf('='))));
            if (firstLiteral >= 0 && firstLiteral + 2 < words.Length && !words[firstLiteral].Contains('*')
                && words[firstLiteral + 1] == "*" && !words[firstLiteral + 2].Contains('*') && !words[firstLiteral + 2].StartsWith('-'))
            {
                context.Report(Diagnostic.Create(Descriptors.WildcardBeforeSubcommand, entry.ContentLocation,
                    $"the `*` before `{words[firstLiteral + 2]}` in `{content}` also matches options, e.g. `{words[firstLiteral]} -c core.pager=sh {words[firstLiteral + 2]}`",
                    $"name the subcommand first: `{entry.Rule.ToolName}({words[firstLiteral]} {string.Join(' ', words.Skip(firstLiteral + 2))} *)`"));
            }
        }
    }

    internal static bool HasUnescapedStar(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '*' && !RuleParser.IsEscaped(s, i))
            {
                return true;
            }
        }

        return false;
    }
}
