using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Paths;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Paths;

/// <summary>The literal-prefix shortcut of <see cref="PathPattern.IsMatch"/> (<c>src/**</c>, <c>src/a.ts</c>) agrees with the general matcher.</summary>
public class PathPatternShortcutTests
{
    private static readonly string[] s_names = ["src", "SRC", "a", "b.ts", "B.TS", "docs", "x", "*.ts", "**", "a?"];

    [Fact]
    public void LiteralPrefixShortcut_EqualsGeneralMatcher()
    {
        Gen<string> pattern =
            from lead in Gen.Elements("", "/")
            from n in Gen.Choose(1, 3)
            from names in Gen.ArrayOf(Gen.Elements(s_names), n)
            from tail in Gen.Elements("/**", "/**/", "/*", "/**/x", "", "/")
            select lead + string.Join('/', names) + tail;
        Gen<string> path =
            from n in Gen.Choose(1, 5)
            from names in Gen.ArrayOf(Gen.Elements([.. s_names, ""]), n)
            select string.Join('/', names);
        var arb = (from p in pattern from t in path from dir in Gen.Elements(false, true) select (p, t, dir)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(5000), Prop.ForAll(arb, c =>
        {
            PathPattern compiled = PathPattern.Compile(c.p);
            return compiled.IsMatch(c.t, c.dir) == compiled.IsMatchGeneral(c.t, c.dir);
        }));
    }
}
