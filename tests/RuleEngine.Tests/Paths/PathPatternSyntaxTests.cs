using RuleEngine.Paths;
using RuleEngine.Syntax;
using static RuleEngine.Tests.Paths.PathFixture;

namespace RuleEngine.Tests.Paths;

/// <summary>paths.md §2.3 and §3: gitignore syntax, depth, directory coverage, case-insensitivity.</summary>
public class PathPatternSyntaxTests
{
    [Theory]
    [InlineData("Read(~/Documents/*.pdf)", "/home/alice/Documents/a.pdf", true)]
    [InlineData("Read(~/Documents/*.pdf)", "/home/alice/Documents/sub/a.pdf", false)]
    [InlineData("Read(src/**/*.ts)", "/home/alice/proj/src/b.ts", true)]
    [InlineData("Read(src/**/*.ts)", "/home/alice/proj/src/a/b.ts", true)]
    [InlineData("Read(src/**/*.ts)", "/home/alice/proj/src/a/b.js", false)]
    [InlineData("Read(a/**/b)", "/home/alice/proj/a/b", true)]
    [InlineData("Read(a/**/b)", "/home/alice/proj/a/x/y/b", true)]
    [InlineData("Read(a/**/b)", "/home/alice/proj/a/x/y/c", false)]
    [InlineData("Read(a?c)", "/home/alice/proj/abc", true)]
    [InlineData("Read(a?c)", "/home/alice/proj/abbc", false)]
    [InlineData("Read([ab]c)", "/home/alice/proj/bc", true)]
    [InlineData("Read([ab]c)", "/home/alice/proj/cc", false)]
    [InlineData("Read([!ab]c)", "/home/alice/proj/cc", true)]
    [InlineData("Read([a-c].ts)", "/home/alice/proj/B.TS", true)]
    [InlineData(@"Read(\[ab\]c)", "/home/alice/proj/[ab]c", true)]
    [InlineData(@"Read(\[ab\]c)", "/home/alice/proj/ac", false)]
    [InlineData("Read(!x)", "/home/alice/proj/x", false)]
    [InlineData(@"Read(\!x)", "/home/alice/proj/!x", true)]
    [InlineData("Read(#x)", "/home/alice/proj/#x", false)]
    [InlineData("Read(src/)", "/home/alice/proj/x/src/a", true)]
    [InlineData("Read(src/)", "/home/alice/proj/x/src", false)]
    [InlineData("Read(.env)", "/home/alice/proj/a/b/.env", true)]
    [InlineData("Read(*.ts)", "/home/alice/proj/a/b/c.ts", true)]
    [InlineData("Read(.*)", "/home/alice/proj/sub/.hidden", true)]
    [InlineData("Read(src/a.ts)", "/home/alice/proj/x/src/a.ts", false)]
    [InlineData("Read(src/a.ts)", "/home/alice/proj/src/a.ts", true)]
    [InlineData("Read(src/*.ts)", "/home/alice/proj/src/a/b.ts", false)]
    [InlineData("Read(*.{ts,tsx})", "/home/alice/proj/a.ts", false)]
    [InlineData("Read(*.{ts,tsx})", "/home/alice/proj/a.{ts,tsx}", true)]
    public void Deny_SyntaxTable(string rule, string path, bool expected) => Assert.Equal(expected, Matches(rule, RuleBehavior.Deny, path));

    [Theory]
    [InlineData("Read(src)", "/home/alice/proj/src/a")]
    [InlineData("Read(src)", "/home/alice/proj/x/src/a")]
    [InlineData("Read(src/*)", "/home/alice/proj/src/a/b.ts")]
    [InlineData("Read(//etc/*)", "/etc/ssl/x")]
    [InlineData("Read(src/**)", "/home/alice/proj/src")]
    public void Deny_MatchedDirectoryCoversEverythingBelow(string rule, string path) => Assert.True(Matches(rule, RuleBehavior.Deny, path));

    [Theory]
    [InlineData("Read(//etc)", "/etc/hosts")]
    [InlineData("Read(//etc/**)", "/etc")]
    [InlineData("Edit(//etc/**)", "/etc/hosts")]
    public void Allow_MatchedDirectoryCoversEverythingBelow(string rule, string path) => Assert.True(Matches(rule, RuleBehavior.Allow, path));

    [Fact]
    public void DirectoryOnly_FinalSegmentThatIsADirectory_Matches()
    {
        var fs = new InMemoryFileSystemView().AddDirectory("/home/alice/proj/x/src");
        Assert.True(Matches("Read(src/)", RuleBehavior.Deny, "/home/alice/proj/x/src", fs: fs));
    }

    [Theory]
    [InlineData("Read(A.TXT)", "/home/alice/proj/a.txt")]
    [InlineData("Read(//ETC/hosts)", "/etc/hosts")]
    [InlineData("Read(~/.ssh/**)", "/home/alice/.SSH/id_rsa")]
    [InlineData("Read(src/a.ts)", "/home/alice/proj/SRC/A.TS")]
    public void Patterns_AreCaseInsensitive(string rule, string path) => Assert.True(Matches(rule, RuleBehavior.Deny, path));

    [Theory]
    [InlineData("")]
    [InlineData("!src/**")]
    [InlineData("#comment")]
    [InlineData("a\\")]
    [InlineData("   ")]
    public void Compile_DegeneratePatterns_MatchNothing(string pattern)
    {
        PathPattern p = PathPattern.Compile(pattern);
        Assert.True(p.MatchesNothing);
        Assert.False(p.IsMatch("a"));
    }

    [Fact]
    public void Compile_TrailingSpaces_AreTrimmedUnlessEscaped()
    {
        Assert.True(PathPattern.Compile("a.txt  ").IsMatch("a.txt"));
        Assert.True(PathPattern.Compile("a\\ ").IsMatch("a "));
        Assert.False(PathPattern.Compile("a\\ ").IsMatch("a"));
    }

    [Fact]
    public void Compile_UnclosedBracket_IsLiteral() => Assert.True(PathPattern.Compile("a[b").IsMatch("x/a[b"));

    [Fact]
    public void IsMatch_ManySegments_UsesPooledBuffer()
    {
        string deep = string.Join('/', Enumerable.Repeat("d", 300)) + "/x.ts";
        Assert.True(PathPattern.Compile("d/**/x.ts").IsMatch(deep));
        Assert.False(PathPattern.Compile("d/**/y.ts").IsMatch(deep));
    }

    [Fact]
    public void IsMatch_DoesNotAllocate()
    {
        PathPattern anchored = PathPattern.Compile("src/**/[a-c]*.ts");
        PathPattern name = PathPattern.Compile("*.env");
        const string path = "src/deep/er/still/b-file.ts";
        anchored.IsMatch(path);
        name.IsMatch(path);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            anchored.IsMatch(path);
            name.IsMatch(path);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
