using RuleEngine.Evaluation;
using RuleEngine.Paths;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Evaluation;

/// <summary>decision.md §7 worked examples and the per-mode table of §4, with the spec's fixture (README).</summary>
public class WorkedExampleTests
{
    private const string Cwd = "/home/alice/proj";

    private static Decision Decide(ToolCall call, PermissionMode mode, params string[] rules)
    {
        var entries = rules.Select(r =>
        {
            string[] parts = r.Split(' ', 2);
            RuleBehaviorNames.TryParse(parts[0], out RuleBehavior behavior);
            return RuleEntry.Parse(parts[1], behavior);
        });
        var context = new EvaluationContext
        {
            Cwd = Cwd,
            Home = "/home/alice",
            AdditionalDirectories = ["/srv/shared"],
            Mode = mode,
            FileSystem = InMemoryFileSystemView.Empty,
        };
        return new PermissionEngine(entries).Decide(call, context);
    }

    [Theory]
    [InlineData("npm run test", PermissionMode.Default, "allow", "allow Bash(npm run *)")]
    [InlineData("mkdir -p out && npm run build", PermissionMode.AcceptEdits, "allow", "allow Bash(npm run *)")]
    [InlineData("ls -la; curl evil.example", PermissionMode.Default, "ask", "allow Bash(ls *)")]
    [InlineData("cd sub && git status", PermissionMode.Default, "ask", "allow Bash(git *)")]
    [InlineData("rm -rf build", PermissionMode.BypassPermissions, "deny", "deny Bash(rm *)")]
    [InlineData("git push origin main", PermissionMode.BypassPermissions, "ask", "ask Bash(git push *)")]
    [InlineData("rm -rf ~", PermissionMode.Default, "ask", "allow Bash(rm *)")]
    [InlineData("rm -rf ~", PermissionMode.DontAsk, "deny", "allow Bash(rm *)")]
    [InlineData("git push origin main", PermissionMode.DontAsk, "deny", "ask Bash(git push *)")]
    [InlineData("aws s3 ls", PermissionMode.Default, "deny", "deny Bash(aws *)", "allow Bash(aws s3 ls)")]
    [InlineData("git push", PermissionMode.Default, "ask", "ask Bash(git push *)", "allow Bash")]
    [InlineData("npm test", PermissionMode.Default, "ask", "ask Bash", "allow Bash(npm test)")]
    [InlineData("cat /etc/hosts", PermissionMode.Default, "allow", "allow Bash")]
    [InlineData("echo $(date)", PermissionMode.Default, "allow", "allow Bash")]
    [InlineData("touch .bashrc", PermissionMode.Default, "ask", "allow Bash")]
    [InlineData("rm -rf /", PermissionMode.Default, "ask", "allow Bash")]
    public void Bash_WorkedExamples(string command, PermissionMode mode, string expected, params string[] rules) =>
        Assert.Equal(expected, Decide(ToolCall.Bash(command), mode, rules).Behavior.ToString().ToLowerInvariant());

    [Theory]
    [InlineData("Edit", Cwd + "/.git/config", PermissionMode.BypassPermissions, "allow")]
    [InlineData("Edit", Cwd + "/.claude/settings.json", PermissionMode.Default, "ask", "allow Edit(.claude/**)")]
    [InlineData("Read", Cwd + "/src/a.ts", PermissionMode.Default, "allow")]
    [InlineData("Read", "/srv/shared/x.txt", PermissionMode.Default, "allow")]
    [InlineData("Read", "/srv/sharedx/x.txt", PermissionMode.Default, "ask")]
    [InlineData("Edit", Cwd + "/src/a.ts", PermissionMode.Default, "ask")]
    [InlineData("Edit", Cwd + "/src/a.ts", PermissionMode.AcceptEdits, "allow")]
    [InlineData("Edit", Cwd + "/src/a.ts", PermissionMode.Plan, "ask", "allow Edit(/src/**)")]
    [InlineData("Edit", Cwd + "/src/a.ts", PermissionMode.DontAsk, "deny")]
    [InlineData("Write", Cwd + "/out/x.txt", PermissionMode.Default, "allow", "allow Edit(/out/**)")]
    [InlineData("Write", Cwd + "/out/x.txt", PermissionMode.Default, "ask", "allow Write(/out/**)")]
    [InlineData("Read", Cwd + "/.env", PermissionMode.BypassPermissions, "deny", "deny Read(./.env)")]
    [InlineData("Write", Cwd + "/new.txt", PermissionMode.AcceptEdits, "deny", "deny Read(./new.txt)")]
    [InlineData("Read", "/etc/hosts", PermissionMode.Default, "allow", "allow Read")]
    public void FileTools_WorkedExamples(string tool, string path, PermissionMode mode, string expected, params string[] rules) =>
        Assert.Equal(expected, Decide(ToolCall.File(tool, path), mode, rules).Behavior.ToString().ToLowerInvariant());

    [Theory]
    [InlineData("https://docs.python.org/3/", "allow")]
    [InlineData("https://docs.python.org/3/", "deny", "deny WebFetch(domain:docs.python.org)")]
    [InlineData("https://github.com/anthropics/claude-code", "allow")]
    [InlineData("https://github.com/anthropics%2F..%2Fevil", "ask")]
    [InlineData("https://github.com/x", "ask")]
    [InlineData("https://a.b.example.com/", "allow", "allow WebFetch(domain:*.example.com)")]
    [InlineData("https://example.com/", "ask", "allow WebFetch(domain:*.example.com)")]
    [InlineData("https://example.com:8443/x", "allow", "allow WebFetch(domain:example.com)")]
    [InlineData("https://EXAMPLE.com./", "allow", "allow WebFetch(domain:example.com)")]
    [InlineData("ftp://example.com/", "ask", "allow WebFetch")]
    public void WebFetch_DomainsAndPreapprovedHosts(string url, string expected, params string[] rules) =>
        Assert.Equal(expected, Decide(ToolCall.WebFetch(url), PermissionMode.Default, rules).Behavior.ToString().ToLowerInvariant());

    [Fact]
    public void Decision_ReportsTheDecidingRuleWithProvenance()
    {
        Decision d = Decide(ToolCall.Bash("FOO=1 rm -rf build"), PermissionMode.Default, "deny Bash(rm *)");
        RuleReason reason = Assert.IsType<RuleReason>(d.Reason);
        Assert.Equal("Bash(rm *)", reason.Entry.Rule.ToString());
        Assert.Equal(RuleBehavior.Deny, reason.Entry.Behavior);
    }

    [Fact]
    public void Decision_CompoundListsEverySubcommandWithItsOwnReason()
    {
        Decision d = Decide(ToolCall.Bash("ls -la; curl x"), PermissionMode.Default, "allow Bash(ls *)");
        SubcommandsReason sub = Assert.IsType<SubcommandsReason>(d.Reason);
        Assert.Equal(["ls -la", "curl x"], sub.Parts.Select(p => p.Text));
        Assert.IsType<RuleReason>(sub.Parts[0].Decision.Reason);
        Assert.Equal(DecisionBehavior.Passthrough, sub.Parts[1].Decision.Behavior);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"command\": 42}")]
    [InlineData("{\"command\": null}")]
    public void Bash_MissingOrWrongTypedCommand_AsksEvenUnderBareAllowOrBypass(string input)
    {
        ToolCall call = ToolCall.FromJson("Bash", input);
        Assert.Equal(DecisionBehavior.Ask, Decide(call, PermissionMode.Default, "allow Bash").Behavior);
        Assert.Equal(DecisionBehavior.Ask, Decide(call, PermissionMode.BypassPermissions).Behavior);
    }

    [Fact]
    public void UnknownTool_AsksInDefaultAndIsDeniedByStarDeny()
    {
        Assert.Equal(DecisionBehavior.Ask, Decide(ToolCall.Bare("FancyNewTool"), PermissionMode.Default).Behavior);
        Assert.Equal(DecisionBehavior.Deny, Decide(ToolCall.Bare("FancyNewTool"), PermissionMode.Default, "deny *").Behavior);
    }

    [Fact]
    public void FileTool_RelativePath_IsResolvedAgainstCwd()
    {
        Assert.Equal(DecisionBehavior.Deny, Decide(ToolCall.File("Read", ".env"), PermissionMode.Default, "deny Read(./.env)").Behavior);
        Assert.Equal(DecisionBehavior.Allow, Decide(ToolCall.File("Read", "src/a.ts"), PermissionMode.Default).Behavior);
    }
}
