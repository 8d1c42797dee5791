using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Syntax;
using RuleEngine.Syntax.Specifiers;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Syntax;

public class SpecifierParserProperties
{
    private static readonly string[] s_tools =
        ["Bash", "PowerShell", "Monitor", "Read", "Edit", "Write", "Glob", "Grep", "Cd", "WebFetch", "Agent", "Skill", "TodoWrite", "WebSearch"];

    private static Gen<PermissionRule> Rules()
    {
        Gen<char> ch = Gen.Frequency(
            (6, Gen.Elements('*', ':', '/', '\\', ' ', '~', '.', '!', '\n', '(', ')')),
            (4, Gen.Elements("adomin-x".ToCharArray())),
            (1, ArbMap.Default.GeneratorFor<char>()));
        Gen<string> content = Gen.Frequency(
            (4, Gen.NonEmptyListOf(ch).Select(cs => new string(cs.ToArray()))),
            (1, Gen.Elements("domain:", "//", "~/", "./", "/", ":*", " *")
                .SelectMany(p => Gen.ListOf(ch).Select(cs => p + new string(cs.ToArray())))));
        return from tool in Gen.Elements(s_tools)
               from c in content.Where(c => c != "*")
               select new PermissionRule(tool, c);
    }

    [Fact]
    public void Parse_GeneratedRule_ShapeReconstructsContent()
    {
        Check.One(PropertyConfig.Bounded(2000), Prop.ForAll(Rules().ToArbitrary(), rule =>
        {
            Specifier spec = SpecifierParser.Parse(rule)!;
            bool shape = spec switch
            {
                CommandPatternSpecifier c => c.Kind == CommandPatternKind.Prefix
                    ? c.Prefix is not null && c.Content == c.Prefix + ":*" && c.Prefix.Length > 0
                    : c.Prefix is null && (c.Kind == CommandPatternKind.Wildcard) == CommandPatternSpecifier.HasUnescapedStar(c.Content),
                PathSpecifier p => p.Content.EndsWith(p.Pattern, StringComparison.Ordinal)
                    && AnchorText(p.Content[..^p.Pattern.Length]) == p.Anchor,
                DomainSpecifier d => d.Content == DomainSpecifier.DomainPrefix + d.HostPattern,
                SubagentSpecifier a => a.AgentType == a.Content,
                SkillSpecifier s => s.Kind == SkillPatternKind.Prefix
                    ? s.Content.TrimStart('/').Length >= s.Name.Length + 2 && s.Content.Contains(s.Name, StringComparison.Ordinal)
                    : s.Content == s.Name || s.Content == "/" + s.Name,
                ParameterSpecifier q => q.Key.Length > 0 && q.Value.Length > 0 && q.Content.Contains(':'),
                OpaqueSpecifier => true,
                _ => false,
            };
            return (shape && spec.ToolName == rule.ToolName && spec.Content == rule.Content).Label($"{rule} -> {spec}");
        }));
    }

    [Fact]
    public void Parse_CanonicalText_ClassifiesLikeOriginal()
    {
        Check.One(PropertyConfig.Bounded(1000), Prop.ForAll(Rules().ToArbitrary(), rule =>
            Equals(SpecifierParser.Parse(rule), SpecifierParser.Parse(RuleParser.Parse(RulePrinter.Print(rule)).Rule))
            && Equals(SpecifierParser.ParseParameter(rule), SpecifierParser.ParseParameter(RuleParser.Parse(RulePrinter.Print(rule)).Rule))));
    }

    private static PathAnchor? AnchorText(string anchor) => anchor switch
    {
        "//" => PathAnchor.Root,
        "~/" => PathAnchor.Home,
        "/" => PathAnchor.Source,
        "./" or "" => PathAnchor.Cwd,
        _ => null,
    };
}
