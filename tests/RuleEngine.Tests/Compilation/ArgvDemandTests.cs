using RuleEngine.Compilation;

namespace RuleEngine.Tests.Compilation;

/// <summary>The argv is skipped only for command words no path check or constraint reads.</summary>
public class ArgvDemandTests
{
    [Theory]
    [InlineData("cd", true)]
    [InlineData("pushd", true)]
    [InlineData("rm", true)]
    [InlineData("rmdir", true)]
    [InlineData("git", true)]
    [InlineData("cat", true)]
    [InlineData("sed", true)]
    [InlineData("find", true)]
    [InlineData("cp", true)]
    [InlineData("watch", true)]
    [InlineData("jq", true)]
    [InlineData("npm", false)]
    [InlineData("docker", false)]
    [InlineData("", false)]
    public void Needs_MatchesThePipelinePredicates(string word, bool expected)
    {
        Assert.Equal(expected, ArgvDemand.Needs(word));
        Assert.Equal(expected, ArgvDemand.Needs(word)); // cached answer
    }
}
