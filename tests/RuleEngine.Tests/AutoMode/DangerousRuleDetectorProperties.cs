using FsCheck;
using FsCheck.Fluent;
using RuleEngine.AutoMode;
using RuleEngine.Syntax;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.AutoMode;

/// <summary>auto-mode.md §2.2: the verdict depends on the normalised content, so spellings that normalise alike agree.</summary>
public class DangerousRuleDetectorProperties
{
    private static readonly string[] s_contents =
    [
        "python *", "python:*", "python -m pytest *", "python -m a.b *", "python x.py *", "node --version", "npm run *", "npm run build *",
        "nice *", "timeout 5 *", "sh -c *", "git *", "make *", "py*", "gi*", "* --version", "./scripts/*", "~/bin/*", "sudo *",
        "foo -c *", "npm test", "env FOO=1 *", "cargo run *", "npx prettier *", "bun x -*", "xargs script.js",
    ];

    private static Gen<string> Variant(string content) => Gen.Elements<Func<string, string>>(
        c => c.ToUpperInvariant(),
        c => "  " + c.Replace(" ", "   ", StringComparison.Ordinal) + " ",
        c => c.Replace(" ", "\t", StringComparison.Ordinal),
        c => "'" + c + "'",
        c => c.Replace("*", "* *", StringComparison.Ordinal),
        c => FirstWordHasNoPath(c) ? "/usr/local/bin/" + c : c,
        c => c)
        .Select(f => f(content));

    private static bool FirstWordHasNoPath(string c)
    {
        string first = c.Split(' ')[0];
        return first.IndexOfAny(['/', '*', '~', ':']) < 0 && !first.StartsWith('.');
    }

    [Fact]
    public void IsDangerous_SameForEquivalentSpellings()
    {
        Arbitrary<(string, string)> pairs = (from c in Gen.Elements(s_contents) from v in Variant(c) select (c, v)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(300), Prop.ForAll(pairs, pair =>
        {
            (string original, string variant) = pair;
            bool a = DangerousRuleDetector.IsDangerous(new PermissionRule("Bash", original));
            bool b = DangerousRuleDetector.IsDangerous(new PermissionRule("Bash", variant));
            Assert.True(a == b, $"`{original}` → {a} but `{variant}` → {b}");
            return true;
        }));
    }

    [Fact]
    public void IsDangerous_OnlyShellAgentAndMonitorRules()
    {
        Arbitrary<PermissionRule> rules = (from tool in Gen.Elements("Read", "Edit", "Write", "WebFetch", "Skill", "mcp__x", "mcp__x__y", "Glob", "Grep", "SendMessage")
                                           from content in Gen.Elements<string?>(null, "*", "python *", "domain:*", "**", "sh -c *")
                                           select new PermissionRule(tool, content)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(200), Prop.ForAll(rules, rule =>
            !DangerousRuleDetector.IsDangerous(rule) && !DangerousRuleDetector.IsDangerous(rule, classifyAllShell: true)));
    }
}
