using System.Collections.Frozen;
using RuleEngine.Evaluation;
using RuleEngine.Testing;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Conformance;

/// <summary>
/// Every labelled decision of <c>shared/conformance/cases.jsonl</c> is a test (conformance README: load the
/// rules like settings loading, evaluate, compare with <c>expect</c>). A case we deliberately decide
/// differently is listed in <see cref="s_deviations"/> with the reason, and the test pins our outcome instead.
/// </summary>
public class ConformanceCaseTests
{
    private static readonly Lazy<FrozenDictionary<string, DecisionCase>> s_cases = new(() =>
        CaseFile.ReadDecisionCases(SharedCorpus.Conformance("cases.jsonl")).ToFrozenDictionary(c => c.Id, StringComparer.Ordinal));

    /// <summary>
    /// Deliberate deviations: case id → (the outcome we give, why). Claude Code's parser accepts
    /// <c>echo 'unterminated</c> (a shell syntax error) as a read-only echo; RuleEngine's charter is to fail
    /// closed on anything it cannot parse, so it asks. The command would not run in bash anyway, so asking
    /// costs one prompt and never lets anything through.
    /// </summary>
    private static readonly FrozenDictionary<string, (DecisionBehavior Outcome, string Why)> s_deviations = new Dictionary<string, (DecisionBehavior, string)>
    {
        ["bash.quoting-31"] = (DecisionBehavior.Ask, "unterminated quote: fail closed instead of guessing a parse"),
        ["bash.quoting-94"] = (DecisionBehavior.Ask, "unterminated quote: fail closed instead of guessing a parse"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True for a case listed as a deliberate deviation.</summary>
    internal static bool IsDeviation(string id) => s_deviations.ContainsKey(id);

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (string id in s_cases.Value.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    /// <summary>Every case runs on every back-end; all must pass and give the same reason as the interpreter.</summary>
    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case_MatchesLabel(string id)
    {
        DecisionCase c = s_cases.Value[id];
        string? reference = null;
        foreach (RuleBackend backend in Enum.GetValues<RuleBackend>())
        {
            CaseResult result = CaseRunner.Run(c, backend: backend);
            reference ??= result.ActualReason;
            Assert.True(reference == result.ActualReason, $"{id} on {backend}: reason {result.ActualReason}, interpreter {reference}");
            if (s_deviations.TryGetValue(id, out var deviation))
            {
                Assert.Equal(deviation.Outcome.ToString().ToLowerInvariant(), result.Actual);
                continue;
            }

            Assert.True(result.Passed, $"{id} [{c.Category}] on {backend} expected {result.Expected}, got {result.Actual}\n{result.Description}\nreason: {result.ActualReason}\nreference: {result.ExpectedReason}");
        }
    }

    [Fact]
    public void Corpus_HasEveryDocumentedCase()
    {
        Assert.Equal(2348, s_cases.Value.Count);
        Assert.All(s_deviations.Keys, id => Assert.True(s_cases.Value.ContainsKey(id), $"deviation {id} is not in the corpus"));
    }
}
