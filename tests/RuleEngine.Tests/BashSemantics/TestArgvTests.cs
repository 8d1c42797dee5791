using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

public class TestArgvTests
{
    [Fact]
    public void Parse_QuotedAndFlaggedWords_ReportsLikeTheParser()
    {
        ArgWord[] argv = TestArgv.Parse("rm -rf \"$DIR\"/* '~/x' ~/y $HOME/z 'a b' $(pwd)");
        Assert.Equal(["rm", "-rf", "$DIR/*", "~/x", "~/y", "$HOME/z", "a b", "$(pwd)"], argv.Select(w => w.Value));
        Assert.True(argv[2].HasVariable && argv[2].HasUnquotedGlob && argv[2].Quoted);
        Assert.False(argv[3].HasTilde);
        Assert.True(argv[4].HasTilde);
        Assert.True(argv[5].HasHomeVariable && !argv[5].HasVariable);
        Assert.True(argv[7].HasSubstitution);
        Assert.False(argv[6].HasUnquotedGlob);
    }

    [Theory]
    [InlineData("*.ts", true, false, false, false, false)]
    [InlineData("$HOME/x", false, false, true, false, false)]
    [InlineData("${HOME}/x", false, true, false, false, false)]
    [InlineData("$X", false, true, false, false, false)]
    [InlineData("~/x", false, false, false, true, false)]
    [InlineData("$(pwd)", false, false, false, false, true)]
    [InlineData("plain", false, false, false, false, false)]
    public void Unquoted_Text_FlagsLikeTheParser(string text, bool glob, bool variable, bool home, bool tilde, bool substitution)
    {
        ArgWord word = ArgWord.Unquoted(text);
        Assert.Equal((glob, variable, home, tilde, substitution), (word.HasUnquotedGlob, word.HasVariable, word.HasHomeVariable, word.HasTilde, word.HasSubstitution));
        Assert.False(word.Quoted);
        Assert.Equal(variable || substitution, word.NeedsExpansion);
    }
}
