using RuleEngine.Evaluation;
using RuleEngine.Evaluation.Files;
using RuleEngine.Paths;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Evaluation;

/// <summary>A file check decided by a path rule returns the rule's prebuilt decision, equal to what <c>ToDecision</c> builds.</summary>
public class SharedPathDecisionTests
{
    public static TheoryData<string, string> Calls => new()
    {
        { "Edit", "/work/proj/src/a.ts" },
        { "Edit", "/work/proj/keys/k.pem" },
        { "Read", "/work/proj/keys/k.pem" },
        { "Read", "/etc/hosts" },
        { "Edit", "/etc/hosts" },
        { "Read", "/work/proj/docs/x.md" },
        { "Edit", "/work/proj/docs/x.md" },
        { "Read", "/home/dev/notes/a.txt" },
        { "Edit", "/work/proj/.git/config" },
        { "Write", "/work/proj/src/b.ts" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void EngineDecision_EqualsTranslatedVerdict(string tool, string path)
    {
        var engine = new PermissionEngine(
        [
            RuleEntry.Parse("Edit(src/**)", RuleBehavior.Allow),
            RuleEntry.Parse("Read(**/*.pem)", RuleBehavior.Deny),
            RuleEntry.Parse("Edit(docs/**)", RuleBehavior.Ask),
            RuleEntry.Parse("Read(//etc/**)", RuleBehavior.Allow),
            RuleEntry.Parse("Read(~/notes/**)", RuleBehavior.Ask),
        ]);
        foreach (PermissionMode mode in new[] { PermissionMode.Default, PermissionMode.AcceptEdits, PermissionMode.Plan })
        {
            var context = new EvaluationContext { Cwd = "/work/proj", Home = "/home/dev", Mode = mode, FileSystem = InMemoryFileSystemView.Empty };
            FileVerdict verdict = engine.FilePolicy(context).Check(tool, path);
            Decision expected = PermissionEngine.ToDecision(verdict, mode);
            Decision actual = engine.Evaluate(ToolCall.File(tool, path), context);
            if (engine.FilePolicy(context).Validate(tool, path).Behavior != FileVerdictBehavior.Deny)
            {
                Assert.Equal(expected, actual);
                if (verdict.Reason.Kind == FileCheckReasonKind.Rule
                    || (verdict.Reason.Kind == FileCheckReasonKind.Mode && verdict.Behavior == FileVerdictBehavior.Allow))
                {
                    // Shared, not rebuilt: a second decision is the very same object.
                    Assert.Same(actual, engine.Evaluate(ToolCall.File(tool, path), context));
                }
            }
        }
    }
}
