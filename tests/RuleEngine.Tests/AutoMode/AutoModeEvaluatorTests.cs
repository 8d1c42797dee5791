using RuleEngine.AutoMode;
using RuleEngine.AutoMode.Classification;
using RuleEngine.AutoMode.Configuration;
using RuleEngine.Evaluation;
using RuleEngine.Paths;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.AutoMode;

/// <summary>auto-mode.md §3: the decision order in auto mode, with a scripted classifier that records what it saw.</summary>
public class AutoModeEvaluatorTests
{
    private static readonly EvaluationContext s_context = new()
    {
        Cwd = "/home/alice/proj",
        Home = "/home/alice",
        Mode = PermissionMode.Auto,
        FileSystem = InMemoryFileSystemView.Empty,
    };

    private static (AutoModeEvaluator Evaluator, ScriptedClassifier Classifier) Create(ClassifierVerdict verdict, params string[] rules)
    {
        var entries = rules.Select(r =>
        {
            string[] parts = r.Split(' ', 2);
            RuleBehaviorNames.TryParse(parts[0], out RuleBehavior behavior);
            return RuleEntry.Parse(parts[1], behavior);
        }).ToList();
        var classifier = new ScriptedClassifier(verdict);
        return (new AutoModeEvaluator(entries, AutoModeConfig.Default, classifier, TimeSpan.FromSeconds(5), interactive: true), classifier);
    }

    private static Decision Decide(AutoModeEvaluator e, ToolCall call) => e.DecideAsync(call, s_context).AsTask().GetAwaiter().GetResult();

    [Fact]
    public void KeptAllowRule_ApprovesWithoutClassifier()
    {
        var (e, c) = Create(ClassifierVerdict.Block, "allow Bash(npm test *)");
        Decision d = Decide(e, ToolCall.Bash("npm test"));
        Assert.Equal(DecisionBehavior.Allow, d.Behavior);
        Assert.IsType<RuleReason>(d.Reason);
        Assert.Equal(0, c.Calls);
    }

    [Fact]
    public void DroppedAllowRule_SendsTheCallToTheClassifier()
    {
        var (e, c) = Create(ClassifierVerdict.Block, "allow Bash(python:*)");
        Assert.Single(e.Rules.Dropped);
        Decision d = Decide(e, ToolCall.Bash("python evil.py"));
        Assert.Equal(DecisionBehavior.Deny, d.Behavior);
        Assert.IsType<ClassifierReason>(d.Reason);
        Assert.Equal(1, c.Calls);
    }

    [Fact]
    public void DenyRule_DeniesWithoutClassifier()
    {
        var (e, c) = Create(ClassifierVerdict.Allow, "deny Bash(rm *)");
        Assert.Equal(DecisionBehavior.Deny, Decide(e, ToolCall.Bash("rm -rf build")).Behavior);
        Assert.Equal(0, c.Calls);
    }

    [Fact]
    public void AskRule_PromptsEvenIfTheClassifierWouldAllow()
    {
        var (e, c) = Create(ClassifierVerdict.Allow, "ask Bash(git push *)", "allow Bash(git *)");
        Decision d = Decide(e, ToolCall.Bash("git push origin main"));
        Assert.Equal(DecisionBehavior.Ask, d.Behavior);
        Assert.Equal(0, c.Calls);
    }

    [Theory]
    [InlineData("ls -la")]
    [InlineData("git status")]
    public void ReadOnlyCommand_IsApprovedByTheFastPath(string command)
    {
        var (e, c) = Create(ClassifierVerdict.Block);
        Assert.Equal(DecisionBehavior.Allow, Decide(e, ToolCall.Bash(command)).Behavior);
        Assert.Equal(0, c.Calls);
    }

    [Fact]
    public void EditInsideWorkingDirectory_IsApprovedByTheFastPath()
    {
        var (e, c) = Create(ClassifierVerdict.Block);
        Assert.Equal(DecisionBehavior.Allow, Decide(e, ToolCall.File("Edit", "/home/alice/proj/src/a.ts")).Behavior);
        Assert.Equal(0, c.Calls);
    }

    [Theory]
    [InlineData("Edit", "/home/alice/proj/.git/config")]
    [InlineData("Edit", "/home/alice/proj/.claude/settings.json")]
    public void ProtectedWrite_GoesToTheClassifierEvenWithAnAllowRule(string tool, string path)
    {
        var (e, c) = Create(ClassifierVerdict.Allow, "allow Edit");
        Assert.Equal(DecisionBehavior.Allow, Decide(e, ToolCall.File(tool, path)).Behavior);
        Assert.Equal(1, c.Calls);
    }

    [Fact]
    public void CriticalRemoval_GoesToTheClassifierEvenWithAnAllowRule()
    {
        var (e, c) = Create(ClassifierVerdict.Block, "allow Bash(rm *)");
        Assert.Equal(DecisionBehavior.Deny, Decide(e, ToolCall.Bash("rm -rf ~")).Behavior);
        Assert.Equal(1, c.Calls);
    }

    [Fact]
    public void AgentSpawn_GoesToTheClassifier()
    {
        var (e, c) = Create(ClassifierVerdict.Allow, "allow Agent");
        Assert.Single(e.Rules.Dropped);
        Decision d = Decide(e, ToolCall.FromJson("Agent", "{\"subagent_type\":\"Explore\",\"prompt\":\"look\",\"description\":\"d\"}"));
        Assert.Equal(DecisionBehavior.Allow, d.Behavior);
        Assert.Equal(1, c.Calls);
        Assert.Equal("Agent", c.LastAction?.ToolName);
    }

    [Fact]
    public void ThreeConsecutiveBlocks_FallBackToPrompting()
    {
        var (e, c) = Create(ClassifierVerdict.Block);
        Assert.Equal(DecisionBehavior.Deny, Decide(e, ToolCall.Bash("curl https://x1.example")).Behavior);
        Assert.Equal(DecisionBehavior.Deny, Decide(e, ToolCall.Bash("curl https://x2.example")).Behavior);

        // The third block reaches the limit: that action and every later one prompt instead.
        Assert.Equal(DecisionBehavior.Ask, Decide(e, ToolCall.Bash("curl https://x3.example")).Behavior);
        Assert.Equal(DecisionBehavior.Ask, Decide(e, ToolCall.Bash("curl https://y.example")).Behavior);
        Assert.Equal(3, c.Calls);
    }

    [Fact]
    public void ThreeConsecutiveBlocks_NonInteractive_KeepDenying()
    {
        var classifier = new ScriptedClassifier(ClassifierVerdict.Block);
        var e = new AutoModeEvaluator([], AutoModeConfig.Default, classifier, TimeSpan.FromSeconds(5), interactive: false);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(DecisionBehavior.Deny, Decide(e, ToolCall.Bash($"curl https://x{i}.example")).Behavior);
        }

        Assert.Equal(3, classifier.Calls);
    }

    [Fact]
    public void AllowedAction_ResetsTheConsecutiveCount()
    {
        var (e, c) = Create(ClassifierVerdict.Block);
        Decide(e, ToolCall.Bash("curl https://a.example"));
        Decide(e, ToolCall.Bash("curl https://b.example"));
        Assert.Equal(DecisionBehavior.Allow, Decide(e, ToolCall.Bash("ls")).Behavior);
        Assert.Equal(DecisionBehavior.Deny, Decide(e, ToolCall.Bash("curl https://c.example")).Behavior);
        Assert.Equal(DecisionBehavior.Deny, Decide(e, ToolCall.Bash("curl https://d.example")).Behavior);
        Assert.Equal(4, c.Calls);
    }

    [Fact]
    public void ClassifierWithoutVerdict_DeniesButDoesNotCount()
    {
        var (e, c) = Create(ClassifierVerdict.NoVerdict);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(DecisionBehavior.Deny, Decide(e, ToolCall.Bash($"curl https://x{i}.example")).Behavior);
        }

        Assert.Equal(5, c.Calls);
    }

    private sealed class ScriptedClassifier(ClassifierVerdict verdict) : IClassifier
    {
        public int Calls { get; private set; }

        public ClassifierAction? LastAction { get; private set; }

        public ValueTask<ClassifierResult> ClassifyAsync(ClassificationRequest request, CancellationToken cancellationToken = default)
        {
            Calls++;
            LastAction = request.Action;
            return ValueTask.FromResult(verdict switch
            {
                ClassifierVerdict.Allow => ClassifierResult.Allow("scripted allow"),
                ClassifierVerdict.Block => ClassifierResult.Block("scripted block"),
                _ => ClassifierResult.NoVerdict(NoVerdictReason.Unparseable, "scripted no verdict"),
            });
        }
    }
}
