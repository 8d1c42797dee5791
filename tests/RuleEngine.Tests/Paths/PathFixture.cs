using RuleEngine.Settings;
using RuleEngine.Evaluation.Files;
using RuleEngine.Paths;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Paths;

/// <summary>The spec's example fixture (spec README): cwd /home/alice/proj, home /home/alice, extra dir /srv/shared.</summary>
internal static class PathFixture
{
    public const string Cwd = "/home/alice/proj";
    public const string Home = "/home/alice";
    public const string Shared = "/srv/shared";

    public static FileCheckContext Context(PermissionMode mode = PermissionMode.Default, IFileSystemView? fs = null) =>
        new(Cwd, Home)
        {
            AdditionalWorkingDirectories = [Shared],
            Mode = mode,
            FileSystem = fs ?? InMemoryFileSystemView.Empty,
        };

    public static RuleEntry Rule(string text, RuleBehavior behavior, RuleSource source = RuleSource.LocalSettings) =>
        RuleEntry.Parse(text, behavior, source);

    public static FilePermissionPolicy Policy(params RuleEntry[] rules) => FilePermissionPolicy.Create(rules, Context());

    public static FilePermissionPolicy Policy(FileCheckContext context, params RuleEntry[] rules) => FilePermissionPolicy.Create(rules, context);

    /// <summary>True when the single rule <paramref name="text"/> in <paramref name="behavior"/> covers <paramref name="path"/>.</summary>
    public static bool Matches(string text, RuleBehavior behavior, string path, RuleSource source = RuleSource.LocalSettings, IFileSystemView? fs = null)
    {
        RuleEntry entry = Rule(text, behavior, source);
        PathAccess access = entry.Rule.ToolName == "Read" ? PathAccess.Read : PathAccess.Edit;
        return FilePermissionPolicy.Create([entry], Context(fs: fs)).FindRule(access, behavior, path) is not null;
    }
}
