using RuleEngine.AutoMode.Classification;

namespace RuleEngine.Tests.AutoMode;

public class ClassifierRunnerTests
{
    private sealed class DelegateClassifier(Func<CancellationToken, ValueTask<ClassifierResult>> body) : IClassifier
    {
        public ValueTask<ClassifierResult> ClassifyAsync(ClassificationRequest request, CancellationToken cancellationToken = default) => body(cancellationToken);
    }

    private static readonly ClassificationRequest s_request = ClassificationRequest.ForAction(ClassifierAction.Bash("ls"));

    [Fact]
    public async Task ClassifyAsync_IgnoresToken_TimesOut()
    {
        var slow = new DelegateClassifier(async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3), CancellationToken.None);
            return ClassifierResult.Allow("late");
        });
        ClassifierResult result = await ClassifierRunner.ClassifyAsync(slow, s_request, TimeSpan.FromMilliseconds(100));
        Assert.Equal(NoVerdictReason.TimedOut, result.NoVerdictReason);
    }

    [Fact]
    public async Task ClassifyAsync_Throws_Unavailable()
    {
        var broken = new DelegateClassifier(_ => throw new InvalidOperationException("boom"));
        ClassifierResult result = await ClassifierRunner.ClassifyAsync(broken, s_request, TimeSpan.FromSeconds(1));
        Assert.Equal(NoVerdictReason.Unavailable, result.NoVerdictReason);
        Assert.Contains("boom", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassifyAsync_Answers_PassesThrough()
    {
        var ok = new DelegateClassifier(_ => ValueTask.FromResult(ClassifierResult.Block("nope")));
        Assert.Equal(ClassifierVerdict.Block, (await ClassifierRunner.ClassifyAsync(ok, s_request, TimeSpan.FromSeconds(1))).Verdict);
    }
}
