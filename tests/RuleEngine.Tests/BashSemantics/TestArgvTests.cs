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
}
