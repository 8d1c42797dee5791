using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Compilation;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Compilation;

/// <summary>
/// <see cref="OrdinalKeyTable{TValue}"/> answers like an ordinal dictionary, with or without its <see cref="KeyFilter"/>;
/// <see cref="RuleEngine.Paths.AsciiKeyTable{T}"/> like an ASCII case-insensitive one; the filter never turns a key away.
/// </summary>
public class OrdinalKeyTableTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Lookups_EqualOrdinalDictionary(bool prefilter)
    {
        Gen<string> key =
            from n in Gen.Choose(0, 12)
            from chars in Gen.ArrayOf(Gen.Elements('a', 'A', 'b', '_', '.', '1', '\u00e9', '\ud83d'), n)
            select new string(chars);
        var arb = (from keys in Gen.ArrayOf(key, 40) from probes in Gen.ArrayOf(key, 20) select (keys, probes)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(500), Prop.ForAll(arb, t =>
        {
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string k in t.keys)
            {
                expected.TryAdd(k, expected.Count);
            }

            var table = new OrdinalKeyTable<int>(expected, prefilter);
            return t.keys.Concat(t.probes).Append("never-a-key").All(p =>
                table.TryGetValue(p, out int v) == expected.TryGetValue(p, out int w) && v == w);
        }));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void KeysDifferingOnlyInTheirLastCharacters_AreAllFound(bool prefilter)
    {
        var keys = Enumerable.Range(0, 1000).ToDictionary(i => "mcp__srv" + i, i => i, StringComparer.Ordinal);
        var table = new OrdinalKeyTable<int>(keys, prefilter);
        Assert.All(keys, kv => Assert.True(table.TryGetValue(kv.Key, out int v) && v == kv.Value));
        Assert.False(table.TryGetValue("mcp__srv1000", out _));
    }

    [Fact]
    public void AsciiKeyTable_EqualsCaseInsensitiveDictionary()
    {
        Gen<string> key =
            from n in Gen.Choose(0, 12)
            from chars in Gen.ArrayOf(Gen.Elements('a', 'A', 'z', 'Z', '@', '`', '[', '{', '.', '1', '_'), n)
            select new string(chars);
        var arb = (from keys in Gen.ArrayOf(key, 40) from probes in Gen.ArrayOf(key, 20) select (keys, probes)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(500), Prop.ForAll(arb, t =>
        {
            var expected = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string k in t.keys)
            {
                expected.TryAdd(k, k);
            }

            var table = RuleEngine.Paths.AsciiKeyTable<string>.Create(expected)!;
            return t.keys.Concat(t.probes).Select(p => p.ToUpperInvariant()).Concat(t.probes).All(p =>
                table.Find(p) == expected.GetValueOrDefault(p));
        }));
    }

    [Fact]
    public void KeyFilter_NeverRejectsAKey_AndRejectsMostOtherTexts()
    {
        string[] keys = [.. Enumerable.Range(0, 50).Select(i => $"tool{i} build --flag={i}")];
        ulong[] ordinal = KeyFilter.Create(keys, fold: 0);
        ulong[] folded = KeyFilter.Create(keys, fold: 0x20);
        Assert.All(keys, k => Assert.True(KeyFilter.MayContain(ordinal, k, fold: 0)));
        Assert.All(keys, k => Assert.True(KeyFilter.MayContain(folded, k.ToUpperInvariant(), fold: 0x20)));

        // 50 keys set at most 50 of 4,096 bits: texts of other shapes are nearly all turned away.
        string[] others = [.. Enumerable.Range(0, 1000).Select(i => $"npm run script{i} --verbose{i % 7}")];
        Assert.True(others.Count(o => KeyFilter.MayContain(ordinal, o, fold: 0)) < 100);
    }
}
