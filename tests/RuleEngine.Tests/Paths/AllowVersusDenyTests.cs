using RuleEngine.Syntax;
using static RuleEngine.Tests.Paths.PathFixture;

namespace RuleEngine.Tests.Paths;

/// <summary>paths.md §5: `name/**` and additional working directories depend on the list.</summary>
public class AllowVersusDenyTests
{
    [Theory]
    [InlineData("Edit(src/**)", RuleBehavior.Allow, "/home/alice/proj/src/app.ts", true)]
    [InlineData("Edit(src/**)", RuleBehavior.Allow, "/home/alice/proj/vendor/pkg/src/lib.js", false)]
    [InlineData("Edit(src/**)", RuleBehavior.Deny, "/home/alice/proj/vendor/pkg/src/lib.js", true)]
    [InlineData("Edit(src/**)", RuleBehavior.Ask, "/home/alice/proj/x/src/b.ts", true)]
    [InlineData("Edit(./src/**)", RuleBehavior.Deny, "/home/alice/proj/vendor/src/x.ts", true)]
    [InlineData("Edit(./src/**)", RuleBehavior.Allow, "/home/alice/proj/vendor/src/x.ts", false)]
    [InlineData("Edit(/src/**)", RuleBehavior.Deny, "/home/alice/proj/vendor/src/x.ts", false)]
    [InlineData("Edit(src/components/**)", RuleBehavior.Deny, "/home/alice/proj/vendor/src/components/x", false)]
    [InlineData("Edit(**/src/**)", RuleBehavior.Allow, "/home/alice/proj/vendor/pkg/src/lib.js", true)]
    [InlineData("Edit(src)", RuleBehavior.Allow, "/home/alice/proj/vendor/pkg/src/lib.js", true)]
    [InlineData("Edit(src/*)", RuleBehavior.Deny, "/home/alice/proj/vendor/src/a.ts", false)]
    [InlineData("Edit(src/*.ts)", RuleBehavior.Deny, "/home/alice/proj/vendor/src/a.ts", false)]
    [InlineData("Edit(src/**/*.ts)", RuleBehavior.Deny, "/home/alice/proj/vendor/src/a.ts", false)]
    [InlineData("Edit(**/src/**)", RuleBehavior.Deny, "/home/alice/proj/vendor/src/a.ts", true)]
    [InlineData("Edit(src/)", RuleBehavior.Allow, "/home/alice/proj/vendor/src/a.ts", true)]
    public void Table(string rule, RuleBehavior list, string path, bool expected) => Assert.Equal(expected, Matches(rule, list, path));

    [Theory]
    [InlineData("Read(x)", "/srv/shared/x")]
    [InlineData("Read(./x)", "/srv/shared/x")]
    [InlineData("Read(sub/x)", "/srv/shared/sub/x")]
    [InlineData("Read(*.env)", "/srv/shared/sub/a.env")]
    [InlineData("Edit(sub/**)", "/srv/shared/a/sub/x")]
    public void DenyAndAsk_AlsoAnchorAtAdditionalDirectories(string rule, string path)
    {
        Assert.True(Matches(rule, RuleBehavior.Deny, path));
        Assert.True(Matches(rule, RuleBehavior.Ask, path));
    }

    [Theory]
    [InlineData("Edit(x)", "/srv/shared/x")]
    [InlineData("Edit(./x)", "/srv/shared/x")]
    [InlineData("Edit(sub/x)", "/srv/shared/sub/x")]
    [InlineData("Edit(sub/**)", "/srv/shared/sub/x")]
    public void Allow_UsesOnlyTheCwd(string rule, string path) => Assert.False(Matches(rule, RuleBehavior.Allow, path));

    [Fact]
    public void Allow_RootAnchoredAdditionalDirectory_Matches() => Assert.True(Matches("Edit(//srv/shared/x)", RuleBehavior.Allow, "/srv/shared/x"));
}
