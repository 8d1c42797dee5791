using RuleEngine.AutoMode;
using RuleEngine.AutoMode.BuiltIn;
using RuleEngine.AutoMode.Classification;
using RuleEngine.AutoMode.Configuration;
using RuleEngine.AutoMode.Transcripts;

namespace RuleEngine.Tests.AutoMode;

public class AutoModeGateTests
{
    private static AutoModeGate Gate(bool interactive = true, IClassifier? classifier = null) =>
        new(classifier ?? new BuiltInClassifier(), AutoModeConfig.Default, TimeSpan.FromSeconds(5), interactive);

    [Fact]
    public async Task Decide_ClassifierAllows_Allow()
    {
        AutoModeDecision d = await Gate().DecideAsync(ClassifierAction.Bash("npm test"), [new UserMessage("run tests")]);
        Assert.Equal(AutoModeOutcome.Allow, d.Outcome);
    }

    [Fact]
    public async Task Decide_ThreeBlocks_ThirdPromptsThenPausedPrompts()
    {
        AutoModeGate gate = Gate();
        ClassifierAction push = ClassifierAction.Bash("git push --force");
        Assert.Equal(AutoModeOutcome.Deny, (await gate.DecideAsync(push, [])).Outcome);
        Assert.True((await gate.DecideAsync(push, [])).IsRetryableDenial);
        AutoModeDecision third = await gate.DecideAsync(push, []);
        Assert.Equal(AutoModeOutcome.Prompt, third.Outcome);
        Assert.Equal(PauseReason.ConsecutiveLimit, third.Pause);
        AutoModeDecision paused = await gate.DecideAsync(ClassifierAction.Bash("npm test"), []);
        Assert.Equal(AutoModeOutcome.Prompt, paused.Outcome);
        Assert.Null(paused.Classifier);
        gate.RecordUserApproval();
        Assert.Equal(AutoModeOutcome.Allow, (await gate.DecideAsync(ClassifierAction.Bash("npm test"), [])).Outcome);
    }

    [Fact]
    public async Task Decide_NonInteractiveThreshold_DeniesAndKeepsDenying()
    {
        AutoModeGate gate = Gate(interactive: false);
        ClassifierAction push = ClassifierAction.Bash("git push --force");
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(AutoModeOutcome.Deny, (await gate.DecideAsync(push, [])).Outcome);
        }

        Assert.Equal(AutoModeOutcome.Deny, (await gate.DecideAsync(ClassifierAction.Bash("npm test"), [])).Outcome);
    }

    [Fact]
    public async Task Decide_NoVerdict_DeniedNotCounted()
    {
        AutoModeGate gate = Gate(classifier: new FixedClassifier(ClassifierResult.NoVerdict(NoVerdictReason.Unavailable, "down")));
        for (int i = 0; i < 5; i++)
        {
            AutoModeDecision d = await gate.DecideAsync(ClassifierAction.Bash("ls"), []);
            Assert.Equal(AutoModeOutcome.Deny, d.Outcome);
            Assert.Equal("Classifier unavailable", d.Reason);
            Assert.False(d.IsRetryableDenial);
        }

        Assert.Equal(0, gate.Tracker.Total);
    }

    [Fact]
    public async Task Decide_ModeChangesWhilePending_Prompt()
    {
        using var cts = new CancellationTokenSource();
        var classifier = new FixedClassifier(ClassifierResult.Allow("ok"), onCall: cts.Cancel);
        AutoModeDecision d = await Gate(classifier: classifier).DecideAsync(ClassifierAction.Bash("ls"), [], modeChanged: cts.Token);
        Assert.Equal(AutoModeOutcome.Prompt, d.Outcome);
        Assert.Null(d.Classifier);
    }

    private sealed class FixedClassifier(ClassifierResult result, Action? onCall = null) : IClassifier
    {
        public ValueTask<ClassifierResult> ClassifyAsync(ClassificationRequest request, CancellationToken cancellationToken = default)
        {
            onCall?.Invoke();
            return ValueTask.FromResult(result);
        }
    }
}
