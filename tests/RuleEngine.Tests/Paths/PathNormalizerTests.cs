using RuleEngine.Paths;

namespace RuleEngine.Tests.Paths;

public class PathNormalizerTests
{
    [Theory]
    [InlineData("/home/alice/proj/src/../../x", "/home/alice/x")]
    [InlineData("/home/alice/proj/./src/a.ts", "/home/alice/proj/src/a.ts")]
    [InlineData("/home/alice/proj//src//a.ts", "/home/alice/proj/src/a.ts")]
    [InlineData("src/a.ts", "/home/alice/proj/src/a.ts")]
    [InlineData("./new.txt", "/home/alice/proj/new.txt")]
    [InlineData("../other/x", "/home/alice/other/x")]
    [InlineData("~/.ssh/id_rsa", "/home/alice/.ssh/id_rsa")]
    [InlineData("~", "/home/alice")]
    [InlineData("/../../etc", "/etc")]
    [InlineData("/", "/")]
    [InlineData("/a/b/", "/a/b")]
    [InlineData(@"C:\Users\alice\x.txt", "/c/Users/alice/x.txt")]
    [InlineData("D:/work/../x", "/d/x")]
    public void Normalize_Input_ReturnsAbsoluteLexicalPosixPath(string input, string expected) =>
        Assert.Equal(expected, PathNormalizer.Normalize(input, "/home/alice/proj", "/home/alice"));

    [Fact]
    public void Normalize_AlreadyNormalized_ReturnsSameInstance()
    {
        string p = "/home/alice/proj/a.ts";
        Assert.Same(p, PathNormalizer.Normalize(p, "/home/alice/proj", "/home/alice"));
    }

    [Theory]
    [InlineData("/srv/shared/x.txt", "/srv/shared", true)]
    [InlineData("/srv/shared", "/srv/shared", true)]
    [InlineData("/srv/sharedx/x.txt", "/srv/shared", false)]
    [InlineData("/home/alice/PROJ/a.txt", "/home/alice/proj", false)]
    [InlineData("/etc/hosts", "/", true)]
    public void IsWithin_SegmentBoundaryAndCaseSensitive(string path, string dir, bool expected) =>
        Assert.Equal(expected, PathNormalizer.IsWithin(path, dir));

    [Theory]
    [InlineData("/home/alice/proj/src/a", "/home/alice/proj", "src/a")]
    [InlineData("/home/alice/proj", "/home/alice/proj", "")]
    [InlineData("/etc/hosts", "/", "etc/hosts")]
    public void TryGetRelative_Inside_ReturnsRest(string path, string dir, string expected)
    {
        Assert.True(PathNormalizer.TryGetRelative(path, dir, out ReadOnlySpan<char> rel));
        Assert.Equal(expected, rel.ToString());
    }

    [Fact]
    public void TryGetRelative_Outside_ReturnsFalse() => Assert.False(PathNormalizer.TryGetRelative("/home/alice/x", "/home/alice/proj", out _));
}
