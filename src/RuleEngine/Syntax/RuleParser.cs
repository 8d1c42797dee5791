using System.Collections.Immutable;
using System.Text;
using RuleEngine.Diagnostics;

namespace RuleEngine.Syntax;

/// <summary>
/// Splits a rule string into tool name and content exactly as rules.md §1.1 specifies. Never throws:
/// malformed input becomes a bare tool name equal to the whole string plus a diagnostic.
/// </summary>
public static class RuleParser
{
    /// <summary>Parses <paramref name="text"/> (the rule after JSON unescaping).</summary>
    public static RuleSyntax Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        if (text.Length == 0)
        {
            diagnostics.Add(Diagnostic.Create(Descriptors.EmptyRule, Location.InRule(default),
                "permission rule cannot be empty", "remove the entry or write a rule such as `Bash(npm test)`"));
            return Bare(text, diagnostics.ToImmutable(), isMalformed: false);
        }

        if (text.IndexOf('(') < 0 && text.IndexOf(')') < 0)
        {
            return Bare(text, diagnostics.ToImmutable(), isMalformed: false);
        }

        int open = FirstUnescaped(text, '(');
        int close = LastUnescaped(text, ')');
        if (open < 0 && close < 0)
        {
            return Bare(text, diagnostics.ToImmutable(), isMalformed: false);
        }

        if (open < 0 || close <= open || close != text.Length - 1 || HasParen(text.AsSpan(0, open)))
        {
            diagnostics.Add(Diagnostic.Create(Descriptors.MalformedParentheses, Location.InRule(MalformedSpan(text, open, close)),
                $"malformed rule `{text}`: {DescribeMalformed(text, open, close)}",
                "write `Tool(content)` with the content's closing `)` as the last character; escape literal parentheses as `\\(` and `\\)`"));
            return Bare(text, diagnostics.ToImmutable(), isMalformed: true);
        }

        if (open == 0)
        {
            // rules.md §1.1 step 7: an empty tool-name part makes the whole string the tool name.
            return Bare(text, diagnostics.ToImmutable(), isMalformed: false);
        }

        string writtenTool = text[..open];
        var contentSpan = TextSpan.FromBounds(open + 1, close);
        string raw = text.Substring(contentSpan.Start, contentSpan.Length);
        string tool = ToolAliases.Resolve(writtenTool);

        if (raw.Length == 0)
        {
            diagnostics.Add(Diagnostic.Create(Descriptors.EmptyParentheses, Location.InRule(TextSpan.FromBounds(open, close + 1)),
                $"empty parentheses in `{text}`", $"write the bare tool name `{writtenTool}` to match every call"));
        }

        string? content = raw.Length == 0 || raw == "*" ? null : Unescape(raw);
        var rule = new PermissionRule(tool, content);
        return new RuleSyntax(text, rule, writtenTool, new TextSpan(0, open), contentSpan, isMalformed: false, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Unescapes rule content: first <c>\(</c> → <c>(</c> and <c>\)</c> → <c>)</c>, then <c>\\</c> → <c>\</c>;
    /// every other backslash stays (rules.md §1.1 step 6).
    /// </summary>
    public static string Unescape(string raw)
    {
        if (raw.IndexOf('\\') < 0)
        {
            return raw;
        }

        return raw.Replace("\\(", "(", StringComparison.Ordinal)
                  .Replace("\\)", ")", StringComparison.Ordinal)
                  .Replace("\\\\", "\\", StringComparison.Ordinal);
    }

    /// <summary>True when the character at <paramref name="index"/> is preceded by an odd number of backslashes.</summary>
    public static bool IsEscaped(ReadOnlySpan<char> text, int index)
    {
        int count = 0;
        for (int i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            count++;
        }

        return (count & 1) == 1;
    }

    private static RuleSyntax Bare(string text, ImmutableArray<Diagnostic> diagnostics, bool isMalformed) =>
        new(text, new PermissionRule(isMalformed ? text : ToolAliases.Resolve(text), null), text, new TextSpan(0, text.Length), null, isMalformed, diagnostics);

    private static int FirstUnescaped(string text, char c)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == c && !IsEscaped(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastUnescaped(string text, char c)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == c && !IsEscaped(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasParen(ReadOnlySpan<char> s) => s.IndexOfAny('(', ')') >= 0;

    private static TextSpan MalformedSpan(string text, int open, int close)
    {
        if (open < 0)
        {
            int p = close >= 0 ? close : text.IndexOf(')');
            return new TextSpan(Math.Max(p, 0), p >= 0 ? 1 : 0);
        }

        if (close < 0 || close <= open)
        {
            return new TextSpan(open, 1);
        }

        return TextSpan.FromBounds(close + 1, text.Length);
    }

    private static string DescribeMalformed(string text, int open, int close)
    {
        if (open < 0)
        {
            return "`)` without an opening `(`";
        }

        if (close < 0 || close <= open)
        {
            return "`(` is never closed";
        }

        if (close != text.Length - 1)
        {
            var tail = new StringBuilder(text.Length - close - 1).Append(text.AsSpan(close + 1));
            return $"unexpected text `{tail}` after the closing `)`";
        }

        return "parenthesis inside the tool name";
    }
}
