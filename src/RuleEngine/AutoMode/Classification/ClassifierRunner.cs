namespace RuleEngine.AutoMode.Classification;

/// <summary>
/// Runs any <see cref="IClassifier"/> under a deadline and turns every failure into no verdict, so the
/// decision engine never sees an exception from the slow path (auto-mode.md §8).
/// </summary>
public static class ClassifierRunner
{
    /// <summary>Classifies with <paramref name="timeout"/>; a timeout, cancellation or exception becomes no verdict.</summary>
    public static async ValueTask<ClassifierResult> ClassifyAsync(
        IClassifier classifier, ClassificationRequest request, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(request);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            Task<ClassifierResult> work = classifier.ClassifyAsync(request, cts.Token).AsTask();
            Task finished = await Task.WhenAny(work, Task.Delay(Timeout.InfiniteTimeSpan, cts.Token)).ConfigureAwait(false);
            if (finished == work)
            {
                await cts.CancelAsync().ConfigureAwait(false);
                return await work.ConfigureAwait(false);
            }

            _ = work.ContinueWith(t => t.Exception, TaskScheduler.Default);
            return cancellationToken.IsCancellationRequested
                ? ClassifierResult.NoVerdict(NoVerdictReason.Cancelled, "classification cancelled")
                : ClassifierResult.NoVerdict(NoVerdictReason.TimedOut, $"classifier did not answer within {timeout.TotalSeconds:0.###} s");
        }
        catch (OperationCanceledException)
        {
            return cancellationToken.IsCancellationRequested
                ? ClassifierResult.NoVerdict(NoVerdictReason.Cancelled, "classification cancelled")
                : ClassifierResult.NoVerdict(NoVerdictReason.TimedOut, $"classifier did not answer within {timeout.TotalSeconds:0.###} s");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ClassifierResult.NoVerdict(NoVerdictReason.Unavailable, "classifier failed: " + e.Message);
        }
    }
}
