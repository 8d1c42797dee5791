using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Paths;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Paths;

/// <summary>
/// Generated patterns, paths derived from them (certain matches and mutated near-misses) and arbitrary
/// paths: the compiled matcher must agree with <see cref="ReferencePathMatcher"/>, and derived paths must match.
/// </summary>
public class PathPatternPropertyTests
{
    // Tokens of a glob segment; class members are lower-case letters so the reference can compare lower-case.
    private static readonly string[] s_tokens = ["a", "b", "c", ".", "A", "*", "?", "[ab]", "[!a]"];

    private static readonly char[] s_pathChars = ['a', 'b', 'c', 'A', 'B', '.', 'z'];

    private static Gen<string[]?> SegmentGen =>
        Gen.Frequency(
            (1, Gen.Constant<string[]?>(null)),
            (4, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(s_tokens), n)).Select(t => (string[]?)t)));

    private static Gen<Spec> SpecGen =>
        from count in Gen.Choose(1, 4)
        from segments in Gen.ArrayOf(SegmentGen, count)
        from leading in Gen.Elements(false, false, true)
        from trailing in Gen.Elements(false, false, false, true)
        select new Spec(segments, leading, trailing);

    private static Gen<string> PathGen =>
        from count in Gen.Choose(1, 5)
        from parts in Gen.ArrayOf(Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(s_pathChars), n)).Select(c => new string(c)), count)
        select string.Join('/', parts);

    [Fact]
    public void Matcher_AgreesWithReference_OnArbitraryPaths()
    {
        var arb = (from spec in SpecGen from path in PathGen from dir in Gen.Elements(false, true) select (spec, path, dir)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(3000), Prop.ForAll(arb, t =>
            PathPattern.Compile(t.spec.Text).IsMatch(t.path, t.dir) == ReferencePathMatcher.IsMatch(t.spec.Text, t.path, t.dir))
            .Label("pattern/path disagreement"));
    }

    [Fact]
    public void DerivedPaths_Match_AndNearMissesAgreeWithReference()
    {
        var arb = (from spec in SpecGen from seed in Gen.Choose(0, int.MaxValue) select (spec, seed)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(3000), Prop.ForAll(arb, t =>
        {
            var rnd = new Random(t.seed);
            PathPattern pattern = PathPattern.Compile(t.spec.Text);
            (string path, bool isDir) = t.spec.Instantiate(rnd);
            if (!pattern.IsMatch(path, isDir) || !ReferencePathMatcher.IsMatch(t.spec.Text, path, isDir))
            {
                return false;
            }

            string miss = Mutate(path, rnd);
            return pattern.IsMatch(miss, isDir) == ReferencePathMatcher.IsMatch(t.spec.Text, miss, isDir);
        }));
    }

    [Fact]
    public void Reference_SanityChecks()
    {
        Assert.True(ReferencePathMatcher.IsMatch("src/**/*.ts", "src/a/b.ts", false));
        Assert.False(ReferencePathMatcher.IsMatch("src/*.ts", "src/a/b.ts", false));
        Assert.True(ReferencePathMatcher.IsMatch(".env", "a/b/.env", false));
        Assert.False(ReferencePathMatcher.IsMatch("src/", "x/src", false));
    }

    private static string Mutate(string path, Random rnd)
    {
        char[] chars = path.ToCharArray();
        int[] letters = Enumerable.Range(0, chars.Length).Where(i => chars[i] != '/').ToArray();
        int at = letters[rnd.Next(letters.Length)];
        chars[at] = s_pathChars[rnd.Next(s_pathChars.Length)];
        string mutated = new(chars);
        return rnd.Next(3) switch
        {
            0 => mutated,
            1 => mutated + "/q",
            _ => mutated.Contains('/') ? mutated[(mutated.IndexOf('/') + 1)..] : mutated,
        };
    }

    /// <summary>A generated pattern: segments (null = <c>**</c>), optional leading and trailing slash.</summary>
    internal sealed record Spec(string[]?[] Segments, bool Leading, bool Trailing)
    {
        public string Text => (Leading ? "/" : string.Empty) + string.Join('/', Segments.Select(s => s is null ? "**" : string.Concat(s))) + (Trailing ? "/" : string.Empty);

        public override string ToString() => Text;

        /// <summary>A path the pattern certainly matches: every token instantiated, random context around it.</summary>
        public (string Path, bool IsDirectory) Instantiate(Random rnd)
        {
            var parts = new List<string>();
            bool anchored = Leading || Segments.Length > 1;
            if (!anchored)
            {
                AddRandom(parts, rnd, rnd.Next(3));
            }

            foreach (string[]? seg in Segments)
            {
                if (seg is null)
                {
                    AddRandom(parts, rnd, rnd.Next(3));
                    continue;
                }

                string name = string.Concat(seg.Select(tok => Token(tok, rnd)));
                parts.Add(name.Length == 0 ? "a" : name);
                if (name.Length == 0)
                {
                    // `*` alone instantiated empty: a segment is never empty, so any one-letter name fits.
                    parts[^1] = "a";
                }
            }

            if (parts.Count == 0)
            {
                AddRandom(parts, rnd, 1);
            }

            int below = rnd.Next(3);
            AddRandom(parts, rnd, below);
            return (string.Join('/', parts), Trailing && below == 0);
        }

        private static string Token(string tok, Random rnd) => tok switch
        {
            "*" => new string(Enumerable.Range(0, rnd.Next(3)).Select(_ => s_pathChars[rnd.Next(s_pathChars.Length)]).ToArray()),
            "?" => s_pathChars[rnd.Next(s_pathChars.Length)].ToString(),
            "[ab]" => rnd.Next(2) == 0 ? "a" : "B",
            "[!a]" => rnd.Next(2) == 0 ? "z" : "c",
            _ => rnd.Next(2) == 0 ? tok.ToLowerInvariant() : tok.ToUpperInvariant(),
        };

        private static void AddRandom(List<string> parts, Random rnd, int count)
        {
            for (int i = 0; i < count; i++)
            {
                parts.Add(new string(Enumerable.Range(0, 1 + rnd.Next(3)).Select(_ => s_pathChars[rnd.Next(s_pathChars.Length)]).ToArray()));
            }
        }
    }
}
