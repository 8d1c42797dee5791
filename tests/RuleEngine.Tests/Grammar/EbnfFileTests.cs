using System.Text;

namespace RuleEngine.Tests.Grammar;

/// <summary>Well-formedness of <c>grammar/rules.ebnf</c>: every production ends, names resolve, nothing is defined twice.</summary>
public class EbnfFileTests
{
    // Start symbols: the rule string, and the per-family entry points that are documentation roots.
    private static readonly string[] s_roots = ["rule-string", "tool-pattern", "alias-name", "specifier", "content", "websearch-content", "any-string"];

    [Fact]
    public void RulesEbnf_Productions_AreClosedAndResolve()
    {
        var productions = Productions(out List<string> errors);

        Assert.Empty(errors);
        var defined = productions.Select(p => p.Name).ToList();
        Assert.Equal(defined.Count, defined.Distinct(StringComparer.Ordinal).Count());
        var referenced = productions.SelectMany(p => p.References).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(referenced.Except(defined, StringComparer.Ordinal));
        Assert.Empty(defined.Except(referenced, StringComparer.Ordinal).Except(s_roots, StringComparer.Ordinal));
    }

    [Fact]
    public void RulesEbnf_SpecifierFamilies_AllDefined()
    {
        var defined = Productions(out _).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        string[] families =
        [
            "content-rule", "empty-name-rule", "bare-rule", "malformed-rule", "escape", "mcp-name", "mcp-anchored-glob", "tool-glob",
            "prefix-pattern", "wildcard-pattern", "exact-pattern", "root-anchor", "home-anchor", "source-anchor", "cwd-anchor",
            "gitignore-pattern", "char-class", "domain-specifier", "host-pattern", "parameter-rule", "subagent-type", "skill-prefix", "skill-name",
        ];
        Assert.Empty(families.Except(defined, StringComparer.Ordinal));
    }

    private static List<(string Name, List<string> References)> Productions(out List<string> errors)
    {
        string path = Path.Combine(Path.GetDirectoryName(GrammarExample.ExamplesDirectory())!, "rules.ebnf");
        var body = new StringBuilder();
        foreach (string line in File.ReadLines(path))
        {
            body.Append(StripComment(line)).Append('\n');
        }

        errors = [];
        var result = new List<(string, List<string>)>();
        string text = body.ToString();
        int i = 0;
        while (true)
        {
            List<string> tokens = [];
            bool ended = false;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (c is '"' or '?')
                {
                    int close = text.IndexOf(c, i + 1);
                    if (close < 0)
                    {
                        errors.Add($"unclosed {c} at {i}");
                        return result;
                    }

                    i = close + 1;
                    tokens.Add(c.ToString());
                }
                else if (char.IsAsciiLetterLower(c))
                {
                    int start = i;
                    while (i < text.Length && (char.IsAsciiLetterLower(text[i]) || char.IsAsciiDigit(text[i]) || text[i] == '-'))
                    {
                        i++;
                    }

                    tokens.Add(text[start..i]);
                }
                else if (c == ';')
                {
                    i++;
                    ended = true;
                    break;
                }
                else if ("=,|[]{}()-".Contains(c))
                {
                    tokens.Add(c.ToString());
                    i++;
                }
                else
                {
                    errors.Add($"unexpected `{c}` at {i}");
                    i++;
                }
            }

            if (!ended)
            {
                if (tokens.Count > 0)
                {
                    errors.Add($"production without `;`: {string.Join(' ', tokens)}");
                }

                return result;
            }

            if (tokens.Count < 3 || tokens[1] != "=" || !char.IsAsciiLetterLower(tokens[0][0]))
            {
                errors.Add($"not `name = …;`: {string.Join(' ', tokens)}");
                continue;
            }

            result.Add((tokens[0], tokens.Skip(2).Where(t => char.IsAsciiLetterLower(t[0])).ToList()));
        }
    }

    private static string StripComment(string line)
    {
        bool inTerminal = false;
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (inTerminal)
            {
                inTerminal = c != quote;
            }
            else if (c is '"' or '?')
            {
                inTerminal = true;
                quote = c;
            }
            else if (c == '#')
            {
                return line[..i];
            }
        }

        return line;
    }
}
