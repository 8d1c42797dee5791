using RuleEngine.Evaluation;
using RuleEngine.Paths;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Evaluation;

public class FilePolicyCacheTests
{
    private static readonly PermissionEngine s_engine = new([RuleEntry.Parse("Edit(src/**)", RuleBehavior.Allow)]);

    private static EvaluationContext Context() => new()
    {
        Cwd = "/w/p",
        Home = "/h",
        AdditionalDirectories = ["/srv/a"],
        FileSystem = InMemoryFileSystemView.Empty,
    };

    [Fact]
    public void FilePolicy_EqualContextsBuiltPerCall_ShareOneCompiledPolicy()
    {
        EvaluationContext a = Context();
        EvaluationContext b = Context() with { FileSystem = a.FileSystem };
        Assert.NotSame(a, b);
        Assert.Same(s_engine.FilePolicy(a), s_engine.FilePolicy(b));
        Assert.Same(s_engine.FilePolicy(a with { Mode = PermissionMode.Auto }), s_engine.FilePolicy(b with { Mode = PermissionMode.Auto }));
    }

    [Fact]
    public void FilePolicy_ContextsThatDiffer_GetTheirOwnPolicy()
    {
        EvaluationContext a = Context();
        Assert.NotSame(s_engine.FilePolicy(a), s_engine.FilePolicy(a with { Mode = PermissionMode.AcceptEdits }));
        Assert.NotSame(s_engine.FilePolicy(a), s_engine.FilePolicy(a with { Cwd = "/w/q" }));
        Assert.NotSame(s_engine.FilePolicy(a), s_engine.FilePolicy(a with { AdditionalDirectories = ["/srv/b"] }));
    }
}
