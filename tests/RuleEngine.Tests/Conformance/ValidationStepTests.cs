using RuleEngine.Evaluation;
using RuleEngine.Testing;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Conformance;

/// <summary>
/// The corpus labels the permission stage only, so its runner turns input validation (decision.md §2
/// step 3) off. This pins down where that matters: with the full procedure, validation denies exactly the
/// file writes whose target a Read deny covers, and the only such corpus case is path.multi-43
/// (bypassPermissions, deny <c>Read(//**)</c>, Edit /etc/ssl/private/key.pem), labelled allow.
/// </summary>
public class ValidationStepTests
{
    [Fact]
    public void FullProcedure_DiffersFromTheLabelsOnlyWhereAReadDenyCoversTheWriteTarget()
    {
        var differing = new List<string>();
        foreach (DecisionCase c in CaseFile.ReadDecisionCases(SharedCorpus.Conformance("cases.jsonl")))
        {
            Decision full = new PermissionEngine(c.LoadRules()).Decide(c.Call, c.Context());
            if (full.Behavior != c.Expect && !ConformanceCaseTests.IsDeviation(c.Id))
            {
                Assert.Equal(DecisionBehavior.Deny, full.Behavior);
                Assert.Equal(SafetyCheckKind.ReadDenyBlocksWrite, Assert.IsType<SafetyCheckReason>(full.Reason).Kind);
                differing.Add(c.Id);
            }
        }

        Assert.Equal(["path.multi-43"], differing);
    }
}
