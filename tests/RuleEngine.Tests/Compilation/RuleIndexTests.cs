using RuleEngine.Evaluation;
using RuleEngine.Paths;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Compilation;

/// <summary>Index and compiled-matcher behaviour that must hold on every back-end: first match in load order across buckets, xargs, MCP servers, domains, skills.</summary>
public class RuleIndexTests
{
    public static TheoryData<RuleBackend> Backends() => [.. Enum.GetValues<RuleBackend>()];

    private static readonly EvaluationContext s_context = new() { Cwd = "/work/proj", Home = "/home/u", FileSystem = InMemoryFileSystemView.Empty };

    [Theory]
    [MemberData(nameof(Backends))]
    public void FirstRuleInLoadOrder_WinsAcrossBuckets(RuleBackend backend)
    {
        Assert.Equal("allow Bash(* main)", Reason(backend, ["allow Bash(* main)", "allow Bash(git:*)"], ToolCall.Bash("git push main")));
        Assert.Equal("allow Bash(git:*)", Reason(backend, ["allow Bash(git:*)", "allow Bash(* main)"], ToolCall.Bash("git push main")));
        // Exact allow rules are consulted before pattern allow rules (decision.md §3 steps 4 and 6).
        Assert.Equal("allow Bash(git push main)", Reason(backend, ["allow Bash(git push *)", "allow Bash(git push main)"], ToolCall.Bash("git push main")));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void ExactRules_MatchBeforeConstraints_PatternRulesAfter(RuleBackend backend)
    {
        Assert.Equal("allow Bash(find . -delete)", Reason(backend, ["allow Bash(find:*)", "allow Bash(find . -delete)"], ToolCall.Bash("find . -delete")));
        Assert.Equal("ask", Behavior(backend, ["allow Bash(find:*)"], ToolCall.Bash("find . -delete")));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Xargs_IsMatchedAsTheCommandItRuns(RuleBackend backend)
    {
        Assert.Equal("deny Bash(rm:*)", Reason(backend, ["deny Bash(rm:*)"], ToolCall.Bash("xargs rm -rf")));
        Assert.Equal("allow Bash(grep *)", Reason(backend, ["allow Bash(grep *)"], ToolCall.Bash("xargs grep foo")));
        Assert.Equal("allow Bash(npm * foo)", Reason(backend, ["allow Bash(npm * foo)"], ToolCall.Bash("npm x foo")));
        Assert.Equal("ask", Behavior(backend, ["allow Bash(npm * foo)"], ToolCall.Bash("xargs npm x foo")));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Wildcards_OptionalTail_GuardAndSlashGlobStar(RuleBackend backend)
    {
        Assert.Equal("allow Bash(ls *)", Reason(backend, ["allow Bash(ls *)"], ToolCall.Bash("ls")));
        Assert.Equal("allow Bash(./scripts/*)", Reason(backend, ["allow Bash(./scripts/*)"], ToolCall.Bash("./scripts/build.sh")));
        Assert.Equal("ask", Behavior(backend, ["allow Bash(./scripts/*)"], ToolCall.Bash("./scripts/../../bin/evil")));
        Assert.Equal("allow Bash(tsc src/**/x.ts)", Reason(backend, ["allow Bash(tsc src/**/x.ts)"], ToolCall.Bash("tsc src/x.ts")));
        Assert.Equal("allow Bash(git * --a * b)", Reason(backend, ["allow Bash(git * --a * b)"], ToolCall.Bash("git log --a x y b")));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void McpServers_Domains_Skills_Agents(RuleBackend backend)
    {
        Assert.Equal("deny mcp__a_", Reason(backend, ["deny mcp__a_"], ToolCall.Bare("mcp__a___b")));
        Assert.Equal("allow mcp__github", Reason(backend, ["allow mcp__github"], ToolCall.Bare("mcp__github__get_issue")));
        Assert.Equal("ask", Behavior(backend, ["allow mcp__github"], ToolCall.Bare("mcp__githubx__get_issue")));
        Assert.Equal("allow WebFetch(domain:*.example.com)", Reason(backend, ["allow WebFetch(domain:*.example.com)"], ToolCall.WebFetch("https://a.b.example.com/x")));
        Assert.Equal("ask", Behavior(backend, ["allow WebFetch(domain:*.example.com)"], ToolCall.WebFetch("https://example.com/x")));
        Assert.Equal("deny WebFetch(domain:ex*.org)", Reason(backend, ["allow WebFetch(domain:example.org)", "deny WebFetch(domain:ex*.org)"], ToolCall.WebFetch("https://example.org/")));
        Assert.Equal("allow Skill(deploy:*)", Reason(backend, ["allow Skill(deploy:*)"], ToolCall.FromObject("Skill", new Dictionary<string, object?> { ["skill"] = "deploy-prod" })));
        Assert.Equal("deny", Behavior(backend, ["deny Agent(Explore)"], ToolCall.FromObject("Agent", new Dictionary<string, object?> { ["subagent_type"] = "Explore", ["prompt"] = "p" })));
    }

    [Fact]
    public void Backend_IsReported_AndDefaultsToExpressions()
    {
        Assert.Equal(RuleBackend.Expressions, new PermissionEngine([]).Backend);
        Assert.Equal(RuleBackend.Interpreter, new PermissionEngine([], new PermissionEngineOptions { Backend = RuleBackend.Interpreter }).Backend);
        Assert.Equal(RuleBackend.Indexed, new PermissionEngine([], new PermissionEngineOptions { Backend = RuleBackend.Indexed }).Backend);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void ParameterRules_ManyFields_MatchOnlyTheCallsOwnFields(RuleBackend backend)
    {
        // More fields than the engine probes one by one: the call's property names are looked up, and names
        // that share a first letter and length with a field (`descriptiox`) must not match it.
        string[] rules =
        [
            "allow Bash(git log:*)", "allow Bash(npm run:*)", "ask Bash(timeout:600)", "allow Bash(cargo b:*)", "allow Bash(make x:*)",
            "deny Bash(description:*deploy*)",
        ];
        Assert.Equal("deny Bash(description:*deploy*)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","description":"deploy now"}""")));
        Assert.Equal("ask Bash(timeout:600)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","timeout":600}""")));
        Assert.Equal("allow", Behavior(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","descriptiox":"deploy now"}""")));
        Assert.Equal("deny Bash(description:*deploy*)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","descr\u0069ption":"deploy"}""")));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void ParameterRules_ManyFieldsInBothLists_DenyBeforeAsk(RuleBackend backend)
    {
        // Deny and ask lists each with more fields than are probed one by one: one pass over the input serves both.
        string[] rules =
        [
            "deny Bash(rm -rf:*)", "deny Bash(curl get:*)", "deny Bash(sudo x:*)", "deny Bash(dd if:*)", "deny Bash(description:*wipe*)",
            "ask Bash(git push:*)", "ask Bash(npm publish:*)", "ask Bash(cargo x:*)", "ask Bash(make y:*)", "ask Bash(description:*deploy*)",
            "ask Bash(timeout:600)",
        ];
        Assert.Equal("ask Bash(description:*deploy*)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","description":"deploy"}""")));
        Assert.Equal("deny Bash(description:*wipe*)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","timeout":600,"description":"wipe"}""")));
        Assert.Equal("ask Bash(timeout:600)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","timeout":600,"description":"x"}""")));
        Assert.Equal("allow", Behavior(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","descriptiox":"wipe"}""")));

        // Escaped property names are the fields they decode to, whatever their raw first byte and length.
        Assert.Equal("deny Bash(description:*wipe*)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","descr\u0069ption":"wipe"}""")));
        Assert.Equal("ask Bash(timeout:600)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","\u0074imeout":600}""")));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void ParameterRules_OneListProbedTheOtherEnumerated_DenyBeforeAsk(RuleBackend backend)
    {
        // A single field is probed by name; two or more are matched against the call's own property names.
        string[] rules = ["ask Bash(timeout:600)", "deny Bash(rm -rf:*)", "deny Bash(description:*wipe*)"];
        Assert.Equal("ask Bash(timeout:600)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","timeout":600}""")));
        Assert.Equal("deny Bash(description:*wipe*)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","description":"wipe"}""")));
        Assert.Equal("deny Bash(description:*wipe*)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"timeout":600,"command":"ls","description":"wipe"}""")));
        Assert.Equal("deny Bash(rm -rf:*)", Reason(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","rm -rf":"x","timeout":600}""")));
        Assert.Equal("allow", Behavior(backend, rules, ToolCall.FromJson("Bash", """{"command":"ls","description":"keep","timeoux":600}"""))); // ls is read-only
    }

    private static string Reason(RuleBackend backend, string[] rules, ToolCall call)
    {
        Decision d = Decide(backend, rules, call);
        return d.Reason is RuleReason r ? $"{r.Entry.Behavior.ToName()} {r.Entry.Rule}" : d.ToString();
    }

    private static string Behavior(RuleBackend backend, string[] rules, ToolCall call) =>
        Decide(backend, rules, call).Behavior.ToString().ToLowerInvariant();

    private static Decision Decide(RuleBackend backend, string[] rules, ToolCall call)
    {
        RuleEntry[] entries = [.. rules.Select(r => r.Split(' ', 2) is var p ? RuleEntry.Parse(p[1], Enum.Parse<RuleBehavior>(p[0], ignoreCase: true)) : null!)];
        return new PermissionEngine(entries, new PermissionEngineOptions { Backend = backend }).Decide(call, s_context);
    }
}
