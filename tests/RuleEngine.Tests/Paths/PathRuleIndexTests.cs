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

    // Shapes that stress every index bucket: many rules sharing a prefix (src/moduleK/**), extension globs
    // (**/*.genK, *.TS, a*.b.md, *.), literal names, keyless patterns, directory-only and escaped patterns.
    private static readonly string[] s_stressShapes =
    [
        "src/module{0}/**", "./src/module{0}/**", "src/**/*.gen{0}", "**/*.gen{0}", "*.gen{0}", "*.GEN{0}", "/docs/area{0}/**/*.md",
        "~/.config/app{0}/**", "./secrets/key{0}.pem", "module{0}/**", "module{0}/", "*.gen{0}/", "a*.b.gen{0}", "x?.gen{0}",
        "[ab]*.gen{0}", "*\\.gen{0}", "*.", "*", "**", "src/*", "*/module{0}", "**/*.md", "*.Md", "src/", "//srv/**/*.gen{0}",
        "a.*", "*.tar.gz", "*gen{0}", "!*.gen{0}",
    ];

    private static readonly string[] s_stressSegments =
    [
        "src", "SRC", "module0", "MODULE1", "module2", "docs", "area0", "area1", "x.gen0", "a.b.gen1", "ab.GEN2", "y.gen3",
        "readme.md", "README.MD", "f.", "a.tar.gz", "x.Tar.GZ", "gen0", "xgen1", "secrets", "key0.pem", ".config", "app1",
        "Button.tsx", "plain", "a.b", "x.gen0.bak", "\u212Aey0.pem",
    ];

    private static Gen<RuleEntry[]> StressRulesGen =>
        from n in Gen.Choose(0, 40)
        from picks in Gen.ArrayOf(Gen.Zip(Gen.Elements(s_stressShapes), Gen.Choose(0, 3)), n)
        from behavior in Gen.Elements(RuleBehavior.Allow, RuleBehavior.Deny)
        select picks.Select(p => Rule($"Read({string.Format(System.Globalization.CultureInfo.InvariantCulture, p.Item1, p.Item2)})", behavior)).ToArray();

    private static Gen<string> StressPathGen =>
        from prefix in Gen.Elements("/home/alice/proj", "/home/alice", "/srv/shared", "/srv", "")
        from n in Gen.Choose(1, 5)
        from segs in Gen.ArrayOf(Gen.Elements(s_stressSegments), n)
        select prefix + "/" + string.Join('/', segs);

    [Fact]
    public void IndexedLookup_EqualsLinearScan_OnSharedPrefixExtensionAndKeylessRules()
    {
        var arb = (from rules in StressRulesGen from path in StressPathGen from dir in Gen.Elements(false, true) select (rules, path, dir)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(3000), Prop.ForAll(arb, t =>
        {
            RuleBehavior behavior = t.rules.Length == 0 ? RuleBehavior.Deny : t.rules[0].Behavior;
            PathRuleBucket bucket = PathRuleSet.Build(t.rules, new PathEnvironment(Cwd, Home, [Shared])).Bucket(PathAccess.Read, behavior);
            return ReferenceEquals(bucket.FindMatch(t.path, t.dir), bucket.FindMatchLinear(t.path, t.dir));
        }));
    }

    // Stress segments plus protected names and case variants, for the probed lookup and the protected-path shortcut.
    private static Gen<string> ProbePathGen =>
        from prefix in Gen.Elements("/home/alice/proj", "/home/alice", "/srv/shared", "/srv", "")
        from n in Gen.Choose(1, 6)
        from segs in Gen.ArrayOf(Gen.Elements([.. s_stressSegments, ".git", ".GIT", "git", ".config", ".claude", "settings.json", ".bashrc", ".Envrc", "Module0", "KEY0.PEM", "\u0131", "x.GEN\u212A"]), n)
        select prefix + "/" + string.Join('/', segs);

    [Fact]
    public void ProbedLookup_EqualsLinearScan_InEveryBucket()
    {
        var arb = (from reads in StressRulesGen from edits in StressRulesGen from path in ProbePathGen from dir in Gen.Elements(false, true) select (reads, edits, path, dir)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(3000), Prop.ForAll(arb, t =>
        {
            RuleEntry[] rules = [.. t.reads, .. t.edits.Select(e => Rule("Edit(" + e.Rule.Content + ")", e.Behavior == RuleBehavior.Allow ? RuleBehavior.Ask : e.Behavior))];
            PathRuleSet set = PathRuleSet.Build(rules, new PathEnvironment(Cwd, Home, [Shared]));
            PathProbe probe = set.Probe(t.path);
            foreach (PathAccess access in (PathAccess[])[PathAccess.Read, PathAccess.Edit])
            {
                foreach (RuleBehavior behavior in (RuleBehavior[])[RuleBehavior.Allow, RuleBehavior.Ask, RuleBehavior.Deny])
                {
                    if (!ReferenceEquals(set.FindMatch(access, behavior, t.path, t.dir, probe), set.Bucket(access, behavior).FindMatchLinear(t.path, t.dir)))
                    {
                        return false;
                    }
                }
            }

            return !probe.Complete || probe.MayBeProtected || ProtectedPaths.Classify(t.path) == ProtectedPathKind.None;
        }));
    }

    // A path below the working directory starts its walk after the directory, from the directory's own probe:
    // rules keyed by the directory's segments, and protected names among them, must still count.
    [Fact]
    public void ProbeBelowTheWorkingDirectory_KeepsTheDirectorysHits()
    {
        Gen<string> segment = Gen.Elements("home", "alice", "proj", ".git", ".claude", "src", "a.gen0", "x", "Alice");
        Gen<RuleEntry> rule =
            from shape in Gen.Elements("**/alice/**", "//home/**", "**/proj", "**/proj/**", "**/.git/**", "src/**", "**/*.gen0", "alice/**", "**", "//home/alice/**")
            from tool in Gen.Elements("Read", "Edit")
            from behavior in Gen.Elements(RuleBehavior.Allow, RuleBehavior.Ask, RuleBehavior.Deny)
            select Rule($"{tool}({shape})", behavior);
        var arb = (
            from cwdLength in Gen.Choose(1, 4)
            from cwd in Gen.ArrayOf(segment, cwdLength)
            from restLength in Gen.Choose(1, 3)
            from rest in Gen.ArrayOf(segment, restLength)
            from rules in Gen.ArrayOf(rule, 6)
            select (Cwd: "/" + string.Join('/', cwd), Path: "/" + string.Join('/', cwd) + "/" + string.Join('/', rest), rules)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(2000), Prop.ForAll(arb, t =>
        {
            PathRuleSet set = PathRuleSet.Build(t.rules, new PathEnvironment(t.Cwd, Home, [Shared]));
            set.Probe(t.Path, out PathProbe probe, out bool normalized);
            bool same = ((PathAccess[])[PathAccess.Read, PathAccess.Edit]).All(access =>
                ((RuleBehavior[])[RuleBehavior.Allow, RuleBehavior.Ask, RuleBehavior.Deny]).All(behavior =>
                    ReferenceEquals(set.FindMatch(access, behavior, t.Path, false, probe), set.Bucket(access, behavior).FindMatchLinear(t.Path, false))));
            return normalized && same && (!probe.Complete || probe.MayBeProtected || ProtectedPaths.Classify(t.Path) == ProtectedPathKind.None);
        }));
    }

    [Fact]
    public void Probe_TellsWhetherAnAbsolutePathIsNormalised()
    {
        // Under the working directory too, where the walk starts after the directory's own (already probed) segments.
        Gen<string> path =
            from prefix in Gen.Elements("", Cwd, Cwd + "x", Cwd[..^1])
            from n in Gen.Choose(0, 5)
            from segs in Gen.ArrayOf(Gen.Elements("", ".", "..", "...", "a", ".a", "a.", "..a", "src", "x.ts"), n)
            from trailing in Gen.Elements("", "/")
            select prefix + "/" + string.Join('/', segs) + trailing;
        PathRuleSet set = PathRuleSet.Build([Rule("Read(src/**)", RuleBehavior.Deny)], new PathEnvironment(Cwd, Home));
        Check.One(PropertyConfig.Bounded(3000), Prop.ForAll(path.ToArbitrary(), p =>
        {
            set.Probe(p, out _, out bool normalized);
            return normalized == ReferenceEquals(PathNormalizer.Normalize(p, Cwd, Home), p);
        }));
    }

    [Fact]
    public void IndexedLookup_FindsExtensionRuleBehindManySharedPrefixRules()
    {
        List<RuleEntry> rules = [.. Enumerable.Range(0, 500).Select(k => Rule($"Read(src/module{k}/**)", RuleBehavior.Deny))];
        rules.AddRange(Enumerable.Range(0, 500).Select(k => Rule($"Read(**/*.gen{k})", RuleBehavior.Deny)));
        rules.Add(Rule("Read(src/**)", RuleBehavior.Deny));
        PathRuleBucket bucket = PathRuleSet.Build(rules, new PathEnvironment(Cwd, Home)).Bucket(PathAccess.Read, RuleBehavior.Deny);
        Assert.Same(rules[^1], bucket.FindMatch("/home/alice/proj/src/components/Button.tsx", false)!.Entry);
        Assert.Same(rules[742], bucket.FindMatch("/home/alice/proj/lib/x/Y.GEN242", false)!.Entry);
        Assert.Same(rules[400], bucket.FindMatch("/home/alice/proj/src/module400/x/Y.GEN243", false)!.Entry);
        Assert.Same(rules[743], bucket.FindMatch("/home/alice/proj/lib/a.gen243/b", false)!.Entry);
    }

    [Fact]
    public void InvariantLowerCasing_IsIdempotent()
    {
        // The extension bucket keys and the glob matcher both lower-case with ToLowerInvariant; the index relies on it being idempotent.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char lower = char.ToLowerInvariant((char)c);
            Assert.Equal(lower, char.ToLowerInvariant(lower));
        }
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
