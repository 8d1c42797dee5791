using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Paths;
using RuleEngine.Syntax;
using RuleEngine.Tests.Support;
using static RuleEngine.Tests.Paths.PathFixture;

namespace RuleEngine.Tests.Paths;

/// <summary>The literal-segment index of <see cref="PathRuleBucket"/> returns the same first match as a linear scan.</summary>
public class PathRuleIndexTests
{
    private static readonly string[] s_contents =
    [
        ".env", "*.env", "src/**", "./src/**", "/src/**", "//etc/**", "~/.ssh/**", "**/secrets/**", "src/*.ts", "src/**/*.ts",
        "node_modules", "docs/", "a?c", "[ab]c", "!x", "~", "../x/**", "**", "SRC/a.ts", "//**/.env", "/**", "b/**/c",
    ];

    private static readonly string[] s_segments = ["src", "SRC", "a.ts", ".env", "x.env", "secrets", "etc", "docs", "abc", "bc", "b", "c", "node_modules", "home", "alice", "proj", ".ssh"];

    private static Gen<RuleEntry[]> RulesGen =>
        Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements(s_contents), n))
            .Select(cs => cs.Select(c => Rule($"Read({c})", RuleBehavior.Deny)).ToArray());

    private static Gen<string> PathGen =>
        from prefix in Gen.Elements("/home/alice/proj", "/home/alice", "/srv/shared", "", "/etc")
        from n in Gen.Choose(1, 4)
        from segs in Gen.ArrayOf(Gen.Elements(s_segments), n)
        select prefix + "/" + string.Join('/', segs);

    [Fact]
    public void IndexedLookup_EqualsLinearScan()
    {
        var arb = (from rules in RulesGen from path in PathGen from dir in Gen.Elements(false, true) select (rules, path, dir)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(2000), Prop.ForAll(arb, t =>
        {
            PathRuleBucket bucket = PathRuleSet.Build(t.rules, new PathEnvironment(Cwd, Home, [Shared])).Bucket(PathAccess.Read, RuleBehavior.Deny);
            return ReferenceEquals(bucket.FindMatch(t.path, t.dir), bucket.FindMatchLinear(t.path, t.dir));
        }));
    }

    [Fact]
    public void IndexedLookup_ReturnsFirstRuleInListOrder()
    {
        RuleEntry[] rules = [Rule("Read(**)", RuleBehavior.Deny), Rule("Read(.env)", RuleBehavior.Deny)];
        PathRuleBucket bucket = PathRuleSet.Build(rules, new PathEnvironment(Cwd, Home)).Bucket(PathAccess.Read, RuleBehavior.Deny);
        Assert.Same(rules[0], bucket.FindMatch("/home/alice/proj/.env", false)!.Entry);
        RuleEntry[] reversed = [rules[1], rules[0]];
        bucket = PathRuleSet.Build(reversed, new PathEnvironment(Cwd, Home)).Bucket(PathAccess.Read, RuleBehavior.Deny);
        Assert.Same(reversed[0], bucket.FindMatch("/home/alice/proj/.env", false)!.Entry);
    }

    [Fact]
    public void FindMatch_DoesNotAllocate()
    {
        RuleEntry[] rules = s_contents.Select(c => Rule($"Read({c})", RuleBehavior.Deny)).Skip(1).ToArray();
        PathRuleSet set = PathRuleSet.Build(rules, new PathEnvironment(Cwd, Home, [Shared]));
        const string path = "/home/alice/proj/lib/deep/file.txt";
        set.FindMatch(PathAccess.Read, RuleBehavior.Deny, path);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            set.FindMatch(PathAccess.Read, RuleBehavior.Deny, path);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
