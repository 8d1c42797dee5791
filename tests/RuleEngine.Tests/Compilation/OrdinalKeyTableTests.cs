using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Compilation;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Compilation;

/// <summary><see cref="OrdinalKeyTable{TValue}"/> answers like an ordinal dictionary.</summary>
public class OrdinalKeyTableTests
{
    [Fact]
    public void Lookups_EqualOrdinalDictionary()
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

            var table = new OrdinalKeyTable<int>(expected);
            return t.keys.Concat(t.probes).Append("never-a-key").All(p =>
                table.TryGetValue(p, out int v) == expected.TryGetValue(p, out int w) && v == w);
        }));
    }

    [Fact]
    public void KeysDifferingOnlyInTheirLastCharacters_AreAllFound()
    {
        var keys = Enumerable.Range(0, 1000).ToDictionary(i => "mcp__srv" + i, i => i, StringComparer.Ordinal);
        var table = new OrdinalKeyTable<int>(keys);
        Assert.All(keys, kv => Assert.True(table.TryGetValue(kv.Key, out int v) && v == kv.Value));
        Assert.False(table.TryGetValue("mcp__srv1000", out _));
    }
}
