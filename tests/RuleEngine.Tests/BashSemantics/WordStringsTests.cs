using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

public class WordStringsTests
{
    [Fact]
    public void RepeatedWords_ShareOneString()
    {
        string first = WordStrings.Get("status".AsSpan());
        string second = WordStrings.Get("xstatusx".AsSpan(1, 6));
        Assert.Equal("status", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void EveryText_ComesBackEqual_EvenWhenSlotsCollide()
    {
        // Far more distinct texts than slots: every slot is overwritten many times.
        for (int i = 0; i < 5_000; i++)
        {
            string text = $"word{i}";
            Assert.Equal(text, WordStrings.Get(text.AsSpan()));
            Assert.Equal(text, WordStrings.Get(text.AsSpan()));
        }

        Assert.Same(string.Empty, WordStrings.Get([]));
        string longText = new('x', 300);
        Assert.Equal(longText, WordStrings.Get(longText.AsSpan()));
    }
}
