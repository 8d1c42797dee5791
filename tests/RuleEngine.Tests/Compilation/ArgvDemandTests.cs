using System.Text.Json;
using RuleEngine.Compilation;
using RuleEngine.Shell;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Compilation;

/// <summary>The argv is skipped only for command words no path check or constraint reads.</summary>
public class ArgvDemandTests
{
    [Theory]
    [InlineData("cd", true)]
    [InlineData("pushd", true)]
    [InlineData("rm", true)]
    [InlineData("rmdir", true)]
    [InlineData("git", true)]
    [InlineData("cat", true)]
    [InlineData("sed", true)]
    [InlineData("find", true)]
    [InlineData("cp", true)]
    [InlineData("watch", true)]
    [InlineData("jq", true)]
    [InlineData("npm", false)]
    [InlineData("docker", false)]
    [InlineData("", false)]
    public void Needs_MatchesThePipelinePredicates(string word, bool expected)
    {
        Assert.Equal(expected, ArgvDemand.Needs(word));
        Assert.Equal(expected, ArgvDemand.Needs(word)); // cached answer
    }

    [Fact]
    public void Needs_AgreesWithThePredicates_OnEveryCommandWordOfTheCorpus()
    {
        // The fixed word set must answer exactly as the predicates do: every word the corpus runs, and the
        // words and their near misses (a letter more or less).
        var words = new HashSet<string>(StringComparer.Ordinal);
        var analyzer = new ShellAnalyzer();
        foreach (string line in File.ReadLines(SharedCorpus.Conformance("cases.jsonl")))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("input", out JsonElement input) && input.ValueKind == JsonValueKind.Object
                && input.TryGetProperty("command", out JsonElement command) && command.ValueKind == JsonValueKind.String)
            {
                foreach (SimpleCommand c in analyzer.Analyze(command.GetString()!).Commands)
                {
                    foreach (ShellWord w in c.Words)
                    {
                        words.Add(c.Line.Value(in w).ToString());
                    }
                }
            }
        }

        foreach (string w in words.ToArray())
        {
            words.Add(w + "x");
            words.Add(w.Length > 1 ? w[..^1] : w);
        }

        Assert.True(words.Count > 500);
        Assert.All(words, w => Assert.Equal(ArgvDemand.Compute(w), ArgvDemand.Needs(w)));
    }
}
