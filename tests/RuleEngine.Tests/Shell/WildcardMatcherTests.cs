using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Shell;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Shell;

public class WildcardMatcherTests
{
    /// <summary>Reference model of bash.md §3.3 as a regular expression (test-only; the product never uses Regex).</summary>
    private static bool Reference(string pattern, string text)
    {
        var tokens = new List<string>();
        int stars = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length && pattern[i + 1] is '*' or '\\')
            {
                tokens.Add(Regex.Escape(pattern[++i].ToString()));
            }
            else if (pattern[i] == '*')
            {
                tokens.Add("*");
                stars++;
            }
            else
            {
                tokens.Add(Regex.Escape(pattern[i].ToString()));
            }
        }

        var regex = new StringBuilder("^");
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == "/" && i + 3 < tokens.Count && tokens[i + 1] == "*" && tokens[i + 2] == "*" && tokens[i + 3] == "/")
            {
                regex.Append("/(?:[\\s\\S]*/)?");
                i += 3;
            }
            else if (stars == 1 && i == tokens.Count - 2 && tokens[i] == "\\ " && tokens[i + 1] == "*")
            {
                regex.Append("(?: [\\s\\S]*)?");
                i++;
            }
            else
            {
                regex.Append(tokens[i] == "*" ? "[\\s\\S]*" : tokens[i]);
            }
        }

        return Regex.IsMatch(text, regex.Append("\\z").ToString());
    }

    [Fact]
    public void IsMatch_RandomPatterns_AgreesWithRegexReference()
    {
        Gen<string> pattern = Gen.ArrayOf(Gen.Elements("a", "b", " ", "*", "/", "\\*", "/**/", "\n")).Select(string.Concat);
        Gen<string> text = Gen.ArrayOf(Gen.Elements("a", "b", " ", "/", "*", "\n", "ab", "/a/")).Select(string.Concat);
        Check.One(PropertyConfig.Bounded(1000), Prop.ForAll(pattern.ToArbitrary(), text.ToArbitrary(), (p, t) =>
            WildcardMatcher.Compile(p).IsMatch(t) == Reference(p, t)));
    }

    [Fact]
    public void IsMatch_TextGeneratedFromPattern_Matches()
    {
        Gen<string> pattern = Gen.ArrayOf(Gen.Elements("ab", "c", " ", "*", "/", "-x")).Select(string.Concat);
        Gen<string> filler = Gen.Elements("", "z", " q ", "\n", "//", "***");
        Check.One(PropertyConfig.Bounded(500), Prop.ForAll(pattern.ToArbitrary(), filler.ToArbitrary(), (p, f) =>
            WildcardMatcher.Compile(p).IsMatch(p.Replace("*", f))));
    }

    [Fact]
    public void IsMatch_LongPattern_UsesHeapStateSet()
    {
        string pattern = string.Concat(Enumerable.Repeat("a*", 200));
        Assert.True(WildcardMatcher.Compile(pattern).IsMatch(string.Concat(Enumerable.Repeat("ab", 200))));
        Assert.False(WildcardMatcher.Compile(pattern).IsMatch(string.Concat(Enumerable.Repeat("ab", 199))));
    }
}
