using System.Text.Json;
using RuleEngine.AutoMode;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.AutoMode;

/// <summary>Every case of <c>shared/conformance/strip-cases.jsonl</c>: is the loaded allow rule dropped on entering auto mode?</summary>
public class StripCaseConformanceTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (string line in File.ReadLines(Support.SharedCorpus.Conformance("strip-cases.jsonl")))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            data.Add(root.GetProperty("id").GetString()!, root.GetProperty("rule").GetString()!,
                root.GetProperty("tool").GetString()!, root.GetProperty("expect").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAllCases() => Assert.Equal(237, Cases().Count);

    [Theory]
    [MemberData(nameof(Cases))]
    public void StripCase_MatchesOracle(string id, string ruleText, string tool, string expect)
    {
        ValidatedRule validated = RuleValidator.Validate(ruleText, RuleBehavior.Allow);
        Assert.True(validated.IsLoaded, $"{id}: `{ruleText}` should load");
        var entry = new RuleEntry(validated.Syntax.Rule, RuleBehavior.Allow, RuleSource.LocalSettings, RuleEngine.Diagnostics.Location.None);
        Assert.Equal(tool, entry.Rule.ToolName);

        var session = new AutoModeSession();
        AutoModeRuleSet entered = session.Enter([entry]);
        string actual = entered.ActiveRules.Count == 0 ? "dropped" : "kept";
        Assert.True(expect == actual, $"{id}: `{ruleText}` expected {expect}, got {actual}");
        Assert.Equal(expect == "dropped", DangerousRuleDetector.IsDangerous(entry.Rule));
    }
}
