using System.Text.Json;
using System.Text.RegularExpressions;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Shell;

/// <summary>
/// Mines the shared conformance corpus: whenever the oracle's decision names a single Bash content rule
/// of the expected list, that rule must match some candidate of some subcommand (or the raw text).
/// This checks splitting + candidates + matching without the full decision engine.
/// </summary>
public partial class ConformanceRuleMatchTests
{
    /// <summary>Cases the analyser deliberately treats differently (fail closed), with the reason.</summary>
    private static readonly Dictionary<string, string> s_knownDifferences = new()
    {
        ["bash.exact-61"] = "`echo (hi)` is a bash syntax error; the analyser reports Unparseable (ask) instead of matching",
        ["malformed-58"] = "`npm (test)` is a bash syntax error; Unparseable",
        ["bash.substitution-30"] = "`echo \\$(rm x)` is a bash syntax error; Unparseable (ask, not deny)",
    };

    [Fact]
    public void Corpus_RuleNamedByOracle_MatchesSomeCandidate()
    {
        var failures = new List<string>();
        int checkedCases = 0;
        var analyzer = new ShellAnalyzer("/home/dev");
        foreach (string json in File.ReadLines(Support.SharedCorpus.Conformance("cases.jsonl")))
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement root = doc.RootElement;
            string id = root.GetProperty("id").GetString()!;
            if (root.GetProperty("tool").GetString() != "Bash" || s_knownDifferences.ContainsKey(id)
                || root.GetProperty("category").GetString() == "param")
            {
                continue;
            }

            Match rule = RuleReason().Match(root.GetProperty("reason").GetString()!);
            if (!rule.Success || rule.Groups[1].Value != root.GetProperty("expect").GetString())
            {
                continue;
            }

            string command = root.GetProperty("input").GetProperty("command").GetString()!;
            RuleBehavior list = Enum.Parse<RuleBehavior>(rule.Groups[1].Value, ignoreCase: true);
            BashPattern pattern = BashPattern.Compile(rule.Groups[2].Value);
            CommandLine line = analyzer.Analyze(command);
            bool matched = pattern.MatchesText(command.Trim(), list);
            foreach (SimpleCommand subcommand in line.Commands)
            {
                matched |= pattern.Matches(subcommand, list);
            }

            checkedCases++;
            if (!matched)
            {
                failures.Add($"{id}: {list} {pattern} does not match {JsonSerializer.Serialize(command)} ({line.Status})");
            }
        }

        Assert.True(checkedCases > 100, $"only {checkedCases} cases checked");
        Assert.Empty(failures);
    }

    [GeneratedRegex(@"^rule\((deny|ask|allow) Bash\((.*)\) @\w+\)$")]
    private static partial Regex RuleReason();
}
