using System.Globalization;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Analysis;

/// <summary>
/// Invisible, bidirectional-control and confusable characters inside rules: a rule that looks like
/// <c>Bash(rm *)</c> but contains a Cyrillic <c>г</c> or a zero-width space matches nothing, and a deny
/// rule that silently matches nothing is a security bug.
/// </summary>
internal sealed class SuspiciousCharacterAnalyzer : IRuleSetAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        foreach (AnalyzedRule entry in context.Entries)
        {
            string text = entry.Text.Text;
            for (int i = 0; i < text.Length; i++)
            {
                if (Describe(text, i) is not { } what)
                {
                    continue;
                }

                int width = char.IsSurrogatePair(text, i) ? 2 : 1;
                context.Report(Diagnostic.Create(Descriptors.SuspiciousCharacter, entry.Text.LocationOf(new TextSpan(i, width)),
                    $"rule `{Printable(text)}` contains {what} (U+{char.ConvertToUtf32(text, i):X4}) at character {i + 1}",
                    "retype the rule in plain ASCII; such characters make a rule match nothing or something else"));
                break;
            }
        }
    }

    internal static string? Describe(string text, int i)
    {
        char c = text[i];
        if (c < 0x80)
        {
            return char.IsControl(c) && c != '\t' ? "a control character" : null;
        }

        return c switch
        {
            >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C' => "a bidirectional control character",
            >= '\u200B' and <= '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => "an invisible character",
            '\u00A0' or '\u2007' or '\u202F' or (>= '\u2000' and <= '\u200A') or '\u3000' => "a non-ASCII space",
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => "a dash that looks like `-`",
            '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u00B4' or '\u2032' => "a typographic quote",
            >= '\uFF01' and <= '\uFF5E' => "a full-width character that looks like ASCII",
            _ when IsConfusableLetter(c) && HasAsciiLetters(text) => "a letter from another script that looks like a Latin letter",
            _ => null,
        };
    }

    private static bool IsConfusableLetter(char c)
    {
        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        if (cat is not (UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter))
        {
            return false;
        }

        // Cyrillic and Greek blocks hold most Latin look-alikes (а е о р с у х і ј ѕ, Α Β Ε Ο Ρ Τ …).
        return c is >= '\u0370' and <= '\u03FF' or >= '\u0400' and <= '\u04FF';
    }

    private static bool HasAsciiLetters(string text) => text.Any(char.IsAsciiLetter);

    private static string Printable(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(c < 0x20 || Describe(c.ToString(), 0) is not null && c >= 0x80 ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return sb.ToString();
    }
}
