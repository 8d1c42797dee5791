using RuleEngine.Analysis;
using RuleEngine.Diagnostics;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Analysis;

public class RuleSetAnalyzerTests
{
    private static IReadOnlyList<Diagnostic> Analyze(string json, RuleSource scope = RuleSource.LocalSettings, bool trusted = true)
    {
        RuleSet set = RuleSet.FromDocuments([SettingsLoader.LoadText("s.json", json, scope)], trusted);
        return RuleSetAnalyzer.Analyze(set, new AnalysisOptions { WorkspaceTrusted = trusted });
    }

    private static string Rules(string list, params string[] rules) =>
        $"{{\"permissions\":{{\"{list}\":[{string.Join(",", rules.Select(r => "\"" + r.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""))}]}}}}";

    [Theory]
    [InlineData("deny", "Bsh(ls)", "RE1001", "did you mean `Bash(ls)`?")]
    [InlineData("allow", "Raed(./x)", "RE1001", "did you mean `Read(./x)`?")]
    [InlineData("deny", "(npm test)", "RE1001", "the rule has no tool name; did you mean `Bash(npm test)`?")]
    [InlineData("deny", " Bash(ls)", "RE1026", "write `Bash(ls)`")]
    [InlineData("deny", "Ba*(ls)", "RE1024", null)]
    [InlineData("allow", "Write(/out/**)", "RE1002", "write `Edit(/out/**)`")]
    [InlineData("allow", "NotebookEdit(x)", "RE1002", "write `Edit(x)`")]
    [InlineData("deny", "Glob(/src/**)", "RE1002", "write `Read(/src/**)`")]
    [InlineData("deny", "Grep(/src/**)", "RE1002", "write `Read(/src/**)`")]
    [InlineData("deny", "MultiEdit(a.ts)", "RE1002", "write `Edit(a.ts)`")]
    [InlineData("deny", "Bash(command:rm *)", "RE1003", "write the pattern directly, e.g. `Bash(rm *)`")]
    [InlineData("allow", "Agent(model:opus)", "RE1004", null)]
    [InlineData("deny", "Bash(git:* push)", "RE1005", "write `Bash(git * push)`")]
    [InlineData("deny", "Bash(git * push:*)", "RE1006", "write `Bash(git * push*)`")]
    [InlineData("allow", "Bash(FOO=* npm test)", "RE1007", null)]
    [InlineData("allow", "Bash(git * push)", "RE1008", "name the subcommand first: `Bash(git push *)`")]
    [InlineData("allow", "Read(/Users/alice/secrets/**)", "RE1009", "for an absolute path write `Read(//Users/alice/secrets/**)`")]
    [InlineData("deny", "Read(../x/**)", "RE1010", null)]
    [InlineData("deny", "Read(~)", "RE1010", "write `~/**` for everything under the home directory")]
    [InlineData("allow", "Bash(*)", "RE1013", null)]
    [InlineData("allow", "Read(//**)", "RE1013", null)]
    [InlineData("allow", "WebFetch(domain:*)", "RE1013", null)]
    [InlineData("allow", "Edit", "RE1013", null)]
    [InlineData("allow", "Bash(npm run build:*)", "RE1023", null)]
    [InlineData("deny", "Bash(rm\u200B *)", "RE1022", null)]
    [InlineData("deny", "Bash(rm \u2013rf *)", "RE1022", null)]
    [InlineData("deny", "B\u0430sh(rm *)", "RE1022", null)]
    public void Analyze_MisleadingRule_ReportsFinding(string list, string rule, string id, string? help)
    {
        Diagnostic d = Assert.Single(Analyze(Rules(list, rule)), x => x.Id == id);
        Assert.True(d.Location.HasPosition);
        if (help is not null)
        {
            Assert.Equal(help, d.Help);
        }
    }

    [Theory]
    [InlineData("deny", "Bash(npm test)")]
    [InlineData("allow", "Bash(npm run build)")]
    [InlineData("allow", "mcp__github__get_*")]
    [InlineData("deny", "Glob(pattern:*.ts)")]
    [InlineData("deny", "Edit(replace_all:true)")]
    [InlineData("allow", "Read(//Users/alice/**)")]
    [InlineData("deny", "Read(/docs/**)")]
    [InlineData("deny", "Bash(git push *)")]
    [InlineData("allow", "Bash(npm test:*)")]
    public void Analyze_CleanRule_ReportsNothing(string list, string rule) =>
        Assert.Empty(Analyze(Rules(list, rule)));

    [Fact]
    public void Analyze_DuplicateInOneList_IsInfoAndPointsAtTheSecond()
    {
        var ds = Analyze(Rules("allow", "Bash(npm test)", "Bash(npm test)"));
        Diagnostic d = Assert.Single(ds);
        Assert.Equal("RE1014", d.Id);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Contains("s.json(1,", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SameRuleInAllowAndDeny_Warns()
    {
        var ds = Analyze("{\"permissions\":{\"allow\":[\"Bash(ls)\"],\"deny\":[\"Bash(ls)\"]}}");
        Assert.Equal("RE1015", Assert.Single(ds).Id);
    }

    [Theory]
    [InlineData("Bash(aws *)", "Bash(aws s3 ls)")]
    [InlineData("Bash(aws:*)", "Bash(aws s3 *)")]
    [InlineData("Bash", "Bash(npm test)")]
    [InlineData("mcp__github", "mcp__github__get_issue")]
    [InlineData("*", "WebSearch")]
    [InlineData("Bash(npm*)", "Bash(npmx test)")]
    public void Analyze_AllowUnderBroaderDeny_IsShadowed(string deny, string allow)
    {
        var ds = Analyze($"{{\"permissions\":{{\"allow\":[\"{allow}\"],\"deny\":[\"{deny}\"]}}}}");
        Assert.Contains(ds, d => d.Id == "RE1011");
    }

    [Theory]
    [InlineData("Bash(aws s3 *)", "Bash(aws ec2 ls)")]
    [InlineData("Bash(aws *)", "Bash(awscli x)")]
    [InlineData("Bash(* ls)", "Bash(aws ls)")]
    [InlineData("mcp__github__create_issue", "mcp__github__get_issue")]
    public void Analyze_AllowNotCovered_IsNotShadowed(string deny, string allow)
    {
        var ds = Analyze($"{{\"permissions\":{{\"allow\":[\"{allow}\"],\"deny\":[\"{deny}\"]}}}}");
        Assert.DoesNotContain(ds, d => d.Id == "RE1011");
    }

    [Theory]
    [InlineData(RuleSource.ProjectSettings, "{\"autoMode\":{\"soft_deny\":[\"$defaults\"]}}", "RE1017")]
    [InlineData(RuleSource.LocalSettings, "{\"permissions\":{\"defaultMode\":\"bypassPermissions\"}}", "RE1021")]
    [InlineData(RuleSource.UserSettings, "{\"allowManagedHooksOnly\":true}", "RE1018")]
    [InlineData(RuleSource.UserSettings, "{\"permissions\":{\"workingDirectoriesAsGiven\":true}}", "RE1019")]
    [InlineData(RuleSource.UserSettings, "{\"autoMode\":{\"soft_deny\":[\"never deploy\"]}}", "RE1020")]
    [InlineData(RuleSource.ProjectSettings, "{\"permissions\":{\"denyInsteadOfPrompting\":true}}", "RE1025")]
    public void Analyze_KeyIgnoredInScope_Warns(RuleSource scope, string json, string id) =>
        Assert.Contains(Analyze(json, scope), d => d.Id == id);

    [Fact]
    public void Analyze_ManagedOnlyKeyInManagedScope_IsFine() =>
        Assert.Empty(Analyze("{\"allowManagedHooksOnly\":true}", RuleSource.PolicySettings));

    [Fact]
    public void Analyze_UntrustedProjectAllows_OneInfoPerFile()
    {
        var ds = Analyze(Rules("allow", "Bash(ls)", "Bash(pwd)"), RuleSource.ProjectSettings, trusted: false);
        Diagnostic d = Assert.Single(ds, x => x.Id == "RE1016");
        Assert.StartsWith("2 project allow rules", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptors_AllIdsUniqueAndWellFormed()
    {
        var ids = Descriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^RE[0129][0-9]{3}$", id));
    }
}

public class AutoModeBlockAnalyzerTests
{
    [Theory]
    [InlineData("{\"autoMode\":{\"soft_deny\":[\"$defaults\"],\"sof_deny\":[]}}", "RE1100", 1, 40)]
    [InlineData("{\"autoMode\":{\"allow\":[]}}", "RE1103", 1, 14)]
    [InlineData("{\"autoMode\":{\"allow\":[\"$defaults\",\"x\",\"x\"]}}", "RE1102", 1, 39)]
    public void Analyze_AutoModeBlock_PositionedFindings(string json, string id, int line, int column)
    {
        var set = RuleEngine.Settings.RuleSet.FromDocuments([RuleEngine.Settings.SettingsLoader.LoadText("u.json", json, RuleEngine.Syntax.RuleSource.UserSettings)], true);
        RuleEngine.Diagnostics.Diagnostic d = Assert.Single(RuleSetAnalyzer.Analyze(set), x => x.Id == id);
        Assert.Equal(line, d.Location.Line + 1);
        Assert.Equal(column, d.Location.Column + 1);
    }
}
