using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;
using RuleEngine.Syntax.Specifiers;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Syntax;

public class RuleParserProperties
{
    private static readonly char[] s_special = ['(', ')', '\\', '*', ':', '/', ' ', '~', '.', '!'];

    // Strings biased to the characters the grammar cares about, mixed with arbitrary ones.
    private static Gen<string> BiasedString()
    {
        Gen<char> ch = Gen.Frequency(
            (6, Gen.Elements(s_special)),
            (3, Gen.Elements("Bashmcp_ReadT".ToCharArray())),
            (1, ArbMap.Default.GeneratorFor<char>()));
        Gen<string> random = Gen.ArrayOf(ch).Select(cs => new string(cs));
        Gen<string> ruleShaped =
            from tool in Gen.Elements("Bash", "Read", "Task", "mcp__s__t", "WebFetch", "Skill", "", "b*")
            from body in random
            from tail in Gen.Elements("", ")", "))", "\\)", ")x")
            select tool + "(" + body + tail;
        return Gen.OneOf(random, ruleShaped, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));
    }

    private static Gen<string> ToolNameGen()
    {
        Gen<char> ch = Gen.Frequency(
            (8, Gen.Elements("ABCabcxyz_019-".ToCharArray())),
            (2, Gen.Elements('*', '\\', ' ', ':', '.')),
            (1, ArbMap.Default.GeneratorFor<char>()));
        return Gen.Frequency(
                (3, Gen.Elements(KnownTools.Names.ToArray())),
                (1, Gen.Elements("mcp__github", "mcp__github__*", "*", "Cd")),
                (4, Gen.NonEmptyListOf(ch).Select(cs => new string(cs.ToArray()))))
            .Where(n => n.IndexOfAny(['(', ')']) < 0 && !n.EndsWith('\\') && !ToolAliases.IsAlias(n));
    }

    private static Gen<string?> ContentGen()
    {
        Gen<char> ch = Gen.Frequency(
            (5, Gen.Elements(s_special)),
            (4, Gen.Elements("npm test-xyz".ToCharArray())),
            (1, ArbMap.Default.GeneratorFor<char>()));
        Gen<string?> text = Gen.NonEmptyListOf(ch).Select(cs => (string?)new string(cs.ToArray())).Where(s => s != "*");
        return Gen.Frequency((1, Gen.Constant<string?>(null)), (6, text));
    }

    [Fact]
    public void Parse_ArbitraryString_NeverThrows()
    {
        Check.One(PropertyConfig.Bounded(2000), Prop.ForAll(BiasedString().ToArbitrary(), text =>
        {
            RuleSyntax syntax = RuleParser.Parse(text);
            ValidatedRule allow = RuleValidator.Validate(text, RuleBehavior.Allow);
            ValidatedRule deny = RuleValidator.Validate(text, RuleBehavior.Deny);
            _ = SpecifierParser.Parse(syntax.Rule);
            _ = SpecifierParser.ParseParameter(syntax.Rule);
            return syntax.Text == text && allow.Syntax.Rule == deny.Syntax.Rule;
        }));
    }

    [Fact]
    public void Parse_PrintedRule_RoundTrips()
    {
        Gen<PermissionRule> rules =
            from tool in ToolNameGen()
            from content in ContentGen()
            select new PermissionRule(tool, content);

        Check.One(PropertyConfig.Bounded(2000), Prop.ForAll(rules.ToArbitrary(), rule =>
        {
            string printed = RulePrinter.Print(rule);
            RuleSyntax reparsed = RuleParser.Parse(printed);
            return (reparsed.Rule == rule && !reparsed.IsMalformed).Label($"`{printed}` reparsed as {reparsed.Rule.ToolName} / {reparsed.Rule.Content}");
        }));
    }

    [Fact]
    public void Parse_ArbitraryString_SpansLieInsideInput()
    {
        Check.One(PropertyConfig.Bounded(2000), Prop.ForAll(BiasedString().ToArbitrary(), text =>
        {
            RuleSyntax syntax = RuleParser.Parse(text);
            bool ok = syntax.ToolNameSpan.IsInside(text.Length)
                && (syntax.ContentSpan is not TextSpan c || (c.IsInside(text.Length) && c.Start >= syntax.ToolNameSpan.End));
            foreach (RuleBehavior behavior in Enum.GetValues<RuleBehavior>())
            {
                foreach (Diagnostic d in RuleValidator.Validate(syntax, behavior))
                {
                    ok &= d.Location.Span.IsInside(text.Length) && d.Location.Line == 0 && d.Location.Column == d.Location.Span.Start;
                }
            }

            return ok.Label($"`{text}`");
        }));
    }

    [Fact]
    public void Parse_WellFormedRule_ContentSpanHoldsRawContent()
    {
        Check.One(PropertyConfig.Bounded(1000), Prop.ForAll(BiasedString().ToArbitrary(), text =>
        {
            RuleSyntax syntax = RuleParser.Parse(text);
            if (syntax.ContentSpan is not TextSpan c || syntax.Rule.Content is null)
            {
                return true;
            }

            string raw = text.Substring(c.Start, c.Length);
            return RuleParser.Unescape(raw) == syntax.Rule.Content && text[c.Start - 1] == '(' && text[c.End] == ')';
        }));
    }
}
