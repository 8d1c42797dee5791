using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Syntax;

public class RuleValidatorTests
{
    // settings.md §8 rows marked "error (oracle)": rule, list, expected ID.
    [Theory]
    [InlineData("", "allow", "RE0010")]                               // row 1
    [InlineData("Bash(npm test", "allow", "RE0011")]                  // row 2
    [InlineData("Bash(npm test)x", "deny", "RE0011")]                 // row 2
    [InlineData("Bash()", "allow", "RE0012")]                         // row 3
    [InlineData("bash(npm test)", "deny", "RE0017")]                  // row 4
    [InlineData("read", "ask", "RE0017")]                             // row 4
    [InlineData("*", "allow", "RE0024")]                              // row 6
    [InlineData("B*", "allow", "RE0024")]                             // row 6
    [InlineData("mcp__*", "allow", "RE0024")]                         // row 6
    [InlineData("mcp__git*__get_issue", "allow", "RE0024")]           // row 6
    [InlineData("mcp__github__get_issue(x)", "deny", "RE0020")]       // row 7
    [InlineData("Bash(:*)", "allow", "RE0018")]                       // row 8
    [InlineData("PowerShell(:*)", "deny", "RE0018")]                  // row 8
    [InlineData("Read(src/**:*)", "deny", "RE0023")]                  // row 13
    [InlineData("Edit(src/**:*)", "allow", "RE0023")]                 // row 13
    [InlineData("WebFetch(example.com)", "allow", "RE0021")]          // row 16
    [InlineData("WebFetch(https://x.com)", "deny", "RE0021")]         // row 16
    [InlineData("WebSearch(foo*)", "allow", "RE0022")]                // row 17
    [InlineData("WebSearch(foo?)", "deny", "RE0022")]                 // row 17
    [InlineData("Bash(C:\\tools\\(x86)\\run.exe *)", "allow", "RE0019")] // row 22
    [InlineData("Read(C:\\Projects\\(drafts)\\**)", "deny", "RE0019")] // row 22
    public void Validate_OracleErrorRow_ReportsErrorAndSkips(string text, string list, string id)
    {
        Assert.True(RuleBehaviorNames.TryParse(list, out RuleBehavior behavior));

        ValidatedRule result = RuleValidator.Validate(text, behavior);

        Assert.False(result.IsLoaded);
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(id, error.Id);
        Assert.True(error.Location.Span.IsInside(text.Length), $"span {error.Location.Span} outside `{text}`");
        Assert.DoesNotContain(".", error.Message[^1..]);
    }

    [Theory]
    [InlineData("Bash(npm test)", "allow")]
    [InlineData("Bash", "allow")]
    [InlineData("Bash(*)", "allow")]
    [InlineData("mcp__github__*", "allow")]
    [InlineData("mcp__github__get_*", "allow")]
    [InlineData("mcp__github", "allow")]
    [InlineData("mcp__*", "deny")]
    [InlineData("*", "ask")]
    [InlineData("B*", "deny")]
    [InlineData("Ba*(ls)", "deny")]
    [InlineData("WebFetch(domain:example.com)", "allow")]
    [InlineData("WebFetch(domain:*.example.com)", "deny")]
    [InlineData("WebSearch", "allow")]
    [InlineData("WebSearch(news)", "allow")]
    [InlineData("Bash(git:* push)", "allow")]
    [InlineData("Bash(npm run build:*)", "allow")]
    [InlineData("Read(src/**)", "deny")]
    [InlineData("Read(~)", "deny")]
    [InlineData("Write(/out/**)", "allow")]
    [InlineData("Agent(model:opus)", "allow")]
    [InlineData("Bash(command:rm *)", "deny")]
    [InlineData("Bash(echo \\(hi\\))", "allow")]
    [InlineData("Bash(echo (a) (b))", "allow")]
    [InlineData("mcp__github__get_issue(*)", "allow")]
    [InlineData("propose_skills", "allow")]
    [InlineData("(npm test)", "deny")]
    [InlineData(" Bash(ls)", "deny")]
    [InlineData("Task(Explore)", "deny")]
    public void Validate_LoadableRule_HasNoError(string text, string list)
    {
        Assert.True(RuleBehaviorNames.TryParse(list, out RuleBehavior behavior));

        ValidatedRule result = RuleValidator.Validate(text, behavior);

        Assert.True(result.IsLoaded, string.Join("; ", result.Diagnostics));
    }

    [Fact]
    public void Validate_LowercaseName_SuggestsUppercase()
    {
        Diagnostic d = Assert.Single(RuleValidator.Validate("bash(npm test)", RuleBehavior.Allow).Diagnostics);

        Assert.Equal(new TextSpan(0, 4), d.Location.Span);
        Assert.Contains("`Bash`", d.Help);
    }

    [Fact]
    public void Validate_WebFetchUrl_SuggestsDomainForm()
    {
        Diagnostic d = Assert.Single(RuleValidator.Validate("WebFetch(https://x.com/a)", RuleBehavior.Allow).Diagnostics);

        Assert.Equal("RE0021", d.Id);
        Assert.Contains("`WebFetch(domain:x.com)`", d.Help);
        Assert.Equal(new TextSpan(9, 15), d.Location.Span);
    }

    [Fact]
    public void Validate_McpContent_PointsAtContent()
    {
        Diagnostic d = Assert.Single(RuleValidator.Validate("mcp__github__get_issue(x)", RuleBehavior.Deny).Diagnostics);

        Assert.Equal(new TextSpan(23, 1), d.Location.Span);
    }

    [Theory]
    [InlineData("mcp__github__*", true)]
    [InlineData("mcp__github__get_*", true)]
    [InlineData("mcp__*", false)]
    [InlineData("mcp__git*__get_issue", false)]
    [InlineData("mcp____x*", false)]
    [InlineData("Bash*", false)]
    public void IsAnchoredMcpGlob_Name_RequiresLiteralServer(string name, bool expected)
    {
        Assert.Equal(expected, RuleValidator.IsAnchoredMcpGlob(name));
    }
}
