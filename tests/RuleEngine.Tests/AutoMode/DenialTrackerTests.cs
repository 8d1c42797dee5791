using RuleEngine.AutoMode;
using RuleEngine.AutoMode.Classification;

namespace RuleEngine.Tests.AutoMode;

public class DenialTrackerTests
{
    private static readonly ClassifierAction s_action = ClassifierAction.Bash("git push --force");
    private static readonly ClassifierResult s_block = ClassifierResult.Block("force push");
    private static readonly ClassifierResult s_allow = ClassifierResult.Allow("ok");
    private static readonly ClassifierResult s_none = ClassifierResult.NoVerdict(NoVerdictReason.Unparseable, "garbage");

    [Fact]
    public void Record_ThreeBlocksInARow_PausesAndPrompts()
    {
        var tracker = new DenialTracker();
        Assert.Equal(DenialOutcome.Denied, tracker.Record(s_action, s_block));
        Assert.Equal(DenialOutcome.Denied, tracker.Record(s_action, s_block));
        Assert.Equal(DenialOutcome.PausedPrompt, tracker.Record(s_action, s_block));
        Assert.True(tracker.IsPaused);
        Assert.Equal(AutoModeRoute.Prompt, tracker.Route());
    }

    [Fact]
    public void Record_ThresholdNonInteractive_DeniesAndRoutesToDeny()
    {
        var tracker = new DenialTracker();
        tracker.Record(s_action, s_block, interactive: false);
        tracker.Record(s_action, s_block, interactive: false);
        Assert.Equal(DenialOutcome.PausedDenied, tracker.Record(s_action, s_block, interactive: false));
        Assert.Equal(AutoModeRoute.Deny, tracker.Route(interactive: false));
    }

    [Fact]
    public void Record_AllowBetweenBlocks_ResetsConsecutiveOnly()
    {
        var tracker = new DenialTracker();
        tracker.Record(s_action, s_block);
        tracker.Record(s_action, s_block);
        tracker.RecordAllowed();
        Assert.Equal(0, tracker.Consecutive);
        Assert.Equal(2, tracker.Total);
        Assert.Equal(DenialOutcome.Denied, tracker.Record(s_action, s_block));
        Assert.False(tracker.IsPaused);
    }

    [Fact]
    public void Record_NoVerdict_NotCountedNotListed()
    {
        var tracker = new DenialTracker();
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal(DenialOutcome.DeniedWithoutVerdict, tracker.Record(s_action, s_none));
        }

        Assert.Equal(0, tracker.Total);
        Assert.Empty(tracker.RecentlyDenied);
        Assert.Equal(AutoModeRoute.Classifier, tracker.Route());
    }

    [Fact]
    public void Record_TwentyTotal_PausesAndResetsTotal()
    {
        var tracker = new DenialTracker();
        DenialOutcome last = DenialOutcome.Allowed;
        for (int i = 0; i < 20; i++)
        {
            last = tracker.Record(s_action, s_block);
            if (i % 2 == 1)
            {
                tracker.RecordAllowed();
            }
        }

        Assert.Equal(DenialOutcome.PausedPrompt, last);
        Assert.Equal(0, tracker.Total);
        Assert.Equal(20, tracker.RecentlyDenied.Length);
    }

    [Fact]
    public void RecordUserApproval_AfterPause_Resumes()
    {
        var tracker = new DenialTracker();
        for (int i = 0; i < 3; i++)
        {
            tracker.Record(s_action, s_block);
        }

        tracker.RecordUserApproval();
        Assert.False(tracker.IsPaused);
        Assert.Equal(0, tracker.Consecutive);
        Assert.Equal(3, tracker.Total);
    }

    [Fact]
    public void RecordAllowed_WhilePaused_StaysPaused()
    {
        var tracker = new DenialTracker();
        for (int i = 0; i < 3; i++)
        {
            tracker.Record(s_action, s_block);
        }

        tracker.RecordAllowed();
        Assert.True(tracker.IsPaused);
    }
}
