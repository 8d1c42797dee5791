using FsCheck;
using FsCheck.Fluent;
using RuleEngine.AutoMode;
using RuleEngine.AutoMode.Classification;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.AutoMode;

/// <summary>The tracker against a tiny reference model of auto-mode.md §6, over generated event sequences.</summary>
public class DenialTrackerProperties
{
    // 0 = classifier block, 1 = classifier allow, 2 = no verdict, 3 = allowed by rule/fast path, 4 = user approves a prompt.
    private static readonly ClassifierAction s_action = ClassifierAction.Bash("x");

    [Fact]
    public void Tracker_FollowsReferenceModel()
    {
        Arbitrary<int[]> events = Gen.Choose(0, 4).ArrayOf().ToArbitrary();
        Check.One(PropertyConfig.Bounded(300), Prop.ForAll(events, sequence =>
        {
            var tracker = new DenialTracker();
            int consecutive = 0, total = 0, listed = 0;
            bool paused = false;
            foreach (int e in sequence)
            {
                DenialOutcome expected;
                switch (e)
                {
                    case 0:
                        consecutive++;
                        total++;
                        listed++;
                        bool hit = total >= 20 || consecutive >= 3;
                        if (total >= 20)
                        {
                            total = 0;
                        }

                        paused |= hit;
                        expected = hit ? DenialOutcome.PausedPrompt : DenialOutcome.Denied;
                        Assert.Equal(expected, tracker.Record(s_action, ClassifierResult.Block("b")));
                        break;
                    case 1:
                        consecutive = 0;
                        Assert.Equal(DenialOutcome.Allowed, tracker.Record(s_action, ClassifierResult.Allow("a")));
                        break;
                    case 2:
                        Assert.Equal(DenialOutcome.DeniedWithoutVerdict, tracker.Record(s_action, ClassifierResult.NoVerdict(NoVerdictReason.TimedOut, "t")));
                        break;
                    case 3:
                        consecutive = 0;
                        tracker.RecordAllowed();
                        break;
                    default:
                        consecutive = 0;
                        paused = false;
                        tracker.RecordUserApproval();
                        break;
                }

                Assert.Equal(consecutive, tracker.Consecutive);
                Assert.Equal(total, tracker.Total);
                Assert.Equal(paused, tracker.IsPaused);
                Assert.Equal(listed, tracker.RecentlyDenied.Length);
                Assert.Equal(paused ? AutoModeRoute.Prompt : AutoModeRoute.Classifier, tracker.Route());
            }

            return true;
        }));
    }
}
