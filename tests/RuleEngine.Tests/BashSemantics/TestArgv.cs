using System.Text;
using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

/// <summary>
/// Test-only splitter: turns simple shell text into flagged <see cref="ArgWord"/>s the way the real parser
/// reports them (quotes removed; globs, variables, tilde and substitutions flagged only where unquoted /
/// not single-quoted). No operators, no nesting beyond one level of <c>$(…)</c>.
/// </summary>
internal static class TestArgv
{
    public static readonly PathContext Context = new("/work/project", "/home/dev", ["/srv/shared"]);

    public static ArgWord[] Parse(string text)
    {
        var words = new List<ArgWord>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            words.Add(ParseWord(text, ref i));
        }

        return words.ToArray();
    }

    private static ArgWord ParseWord(string text, ref int i)
    {
        var value = new StringBuilder();
        bool quoted = false, glob = false, variable = false, home = false, tilde = false, substitution = false;
        bool first = true;
        char quote = '\0';
        int depth = 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (quote == '\0' && depth == 0 && c == ' ')
            {
                break;
            }

            if (quote == '\'' && c != '\'')
            {
                value.Append(c);
                continue;
            }

            if (c is '\'' or '"' && depth == 0)
            {
                first = false;
                if (quote == '\0')
                {
                    quote = c;
                    quoted = true;
                }
                else if (quote == c)
                {
                    quote = '\0';
                }
                else
                {
                    value.Append(c);
                }

                continue;
            }

            if (c == '\\' && quote == '\0' && i + 1 < text.Length)
            {
                quoted = true;
                value.Append(text[++i]);
                first = false;
                continue;
            }

            if (c == '$' && i + 1 < text.Length && text[i + 1] == '(')
            {
                substitution = true;
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (c == '`')
            {
                substitution = true;
            }
            else if (c == '$' && depth == 0)
            {
                string rest = text[(i + 1)..];
                if (rest.StartsWith("HOME", StringComparison.Ordinal) && (rest.Length == 4 || !char.IsAsciiLetterOrDigit(rest[4]) && rest[4] != '_'))
                {
                    home = true;
                }
                else
                {
                    variable = true;
                }
            }
            else if (quote == '\0' && depth == 0 && c is '*' or '?' or '[')
            {
                glob = true;
            }
            else if (quote == '\0' && first && c == '~')
            {
                tilde = true;
            }

            value.Append(c);
            first = false;
        }

        return new ArgWord(value.ToString(), quoted, glob, variable, home, tilde, substitution);
    }
}
