using RuleEngine.Evaluation;

namespace RuleEngine.Benchmarks.Compilation;

/// <summary>One benchmark input per tool family; each is decided by a rule of <see cref="RealisticRules.ScenarioRules"/>.</summary>
public sealed record Scenario(string Name, ToolCall Call, string Family, string Subject)
{
    /// <summary>The scenarios, by family.</summary>
    public static readonly Scenario[] All =
    [
        new("bash-single", ToolCall.Bash("npm run build -- --verbose --workspace=packages/api --if-present"), "bash", "npm run build -- --verbose --workspace=packages/api --if-present"),
        new("bash-single-path", ToolCall.Bash("git log --oneline --graph --decorate -n 20 -- src/RuleEngine/Evaluation"), "bash", "git log --oneline --graph --decorate -n 20 -- src/RuleEngine/Evaluation"),
        new("bash-compound3", ToolCall.Bash("git status --short && npm run build -- --verbose && git log -n 5"), "bash", "git status --short && npm run build -- --verbose && git log -n 5"),
        new("path", ToolCall.File("Edit", "/work/proj/src/components/Button.tsx"), "path", "src/components/Button.tsx"),
        new("webfetch", ToolCall.WebFetch("https://api.github.com/repos/dotnet/runtime/issues"), "domain", "https://api.github.com/repos/dotnet/runtime/issues"),
        new("mcp", ToolCall.Bare("mcp__github__get_issue"), "mcp", "mcp__github__get_issue"),
    ];

    /// <summary>The session every benchmark decides in (an in-memory file system view: no disk access in the loop).</summary>
    public static readonly EvaluationContext Context = new()
    {
        Cwd = "/work/proj",
        Home = "/home/dev",
        FileSystem = Paths.InMemoryFileSystemView.Empty,
    };

    /// <inheritdoc />
    public override string ToString() => Name;
}
