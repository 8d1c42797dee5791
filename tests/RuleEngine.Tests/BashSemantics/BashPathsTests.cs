using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

public class BashPathsTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/a/b", "/a/b")]
    [InlineData("/a/b/", "/a/b")]
    [InlineData("//a//b", "/a/b")]
    [InlineData("/a/./b/.", "/a/b")]
    [InlineData("/a/b/../c", "/a/c")]
    [InlineData("/a/../../..", "/")]
    [InlineData("/..", "/")]
    [InlineData("/.", "/")]
    [InlineData("/a/..", "/")]
    public void Normalize_AbsolutePath_CollapsesDotsAndSlashes(string input, string expected) =>
        Assert.Equal(expected, BashPaths.Normalize(input));

    [Theory]
    [InlineData("/work/project", "/work", true)]
    [InlineData("/work", "/work", true)]
    [InlineData("/workx", "/work", false)]
    [InlineData("/srv/sharedx/x", "/srv/shared", false)]
    [InlineData("/anything", "/", true)]
    public void IsSameOrBelow_Paths_ComparesBySegment(string path, string directory, bool expected) =>
        Assert.Equal(expected, BashPaths.IsSameOrBelow(path, directory));

    [Fact]
    public void ExpandHome_BracedHome_ExpandsWhenFlaggedAsHome()
    {
        var word = new ArgWord("${HOME}/x", HasHomeVariable: true);
        Assert.Equal("/home/dev/x", BashPaths.ExpandHome(word, "/home/dev"));
    }

    [Theory]
    [InlineData("~+/x")]
    [InlineData("~-")]
    [InlineData("~alice")]
    public void ExpandHome_OtherTildeForms_NeedsExpansion(string text) =>
        Assert.Null(BashPaths.ExpandHome(new ArgWord(text, HasTilde: true), "/home/dev"));

    [Fact]
    public void ExpandHome_HomeInMiddle_NeedsExpansion() =>
        Assert.Null(BashPaths.ExpandHome(new ArgWord("a$HOME", HasHomeVariable: true), "/home/dev"));

    [Fact]
    public void Resolve_Empty_NeedsExpansion() =>
        Assert.Equal(PathStatus.NeedsExpansion, BashPaths.Resolve(ArgWord.Literal(string.Empty), TestArgv.Context, PathOperation.Read).Status);
}
