using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Syntax;

public class RuleParserTests
{
    // rules.md §1.2 table: written, tool, content (null = tool-wide), canonical.
    [Theory]
    [InlineData("Bash(npm test)", "Bash", "npm test", "Bash(npm test)")]
    [InlineData("Bash(*)", "Bash", null, "Bash")]
    [InlineData("Bash()", "Bash", null, "Bash")]
    [InlineData("Bash", "Bash", null, "Bash")]
    [InlineData("Bash(python -c \"print(1)\")", "Bash", "python -c \"print(1)\"", "Bash(python -c \"print\\(1\\)\")")]
    [InlineData("Bash(echo \\(hi\\))", "Bash", "echo (hi)", "Bash(echo \\(hi\\))")]
    [InlineData("Bash(a\\(b)", "Bash", "a(b", "Bash(a\\(b)")]
    [InlineData("Bash( npm test )", "Bash", " npm test ", "Bash( npm test )")]
    [InlineData("Bash(npm test", "Bash(npm test", null, "Bash(npm test")]
    [InlineData("Task(Explore)", "Agent", "Explore", "Agent(Explore)")]
    public void Parse_SpecTableRow_GivesToolContentAndCanonical(string written, string tool, string? content, string canonical)
    {
        RuleSyntax syntax = RuleParser.Parse(written);

        Assert.Equal(new PermissionRule(tool, content), syntax.Rule);
        Assert.Equal(canonical, RulePrinter.Print(syntax.Rule));
    }

    [Fact]
    public void Parse_ToolWideForms_AreTheSameRule()
    {
        PermissionRule bare = RuleParser.Parse("Bash").Rule;

        Assert.Equal(bare, RuleParser.Parse("Bash(*)").Rule);
        Assert.Equal(bare, RuleParser.Parse("Bash()").Rule);
        Assert.True(bare.IsToolWide);
    }

    [Fact]
    public void Parse_OnlySpacesContent_IsNotNormalised()
    {
        Assert.Equal(new PermissionRule("Bash", "  "), RuleParser.Parse("Bash(  )").Rule);
    }

    [Theory]
    [InlineData("Bash(echo (a) (b))", "echo (a) (b)")]
    [InlineData("Bash(a)b)", "a)b")]
    [InlineData("Bash(()", "(")]
    [InlineData("Bash(echo \\\\)", "echo \\")]
    [InlineData("Bash(echo \\*)", "echo \\*")]
    [InlineData("Bash(a\\b)", "a\\b")]
    [InlineData("Bash(\\\\\\()", "\\(")]
    [InlineData("Bash(\\\\))", "\\)")]
    public void Parse_ParenthesesAndEscapesInContent_UnescapesPerSpec(string written, string content)
    {
        RuleSyntax syntax = RuleParser.Parse(written);

        Assert.False(syntax.IsMalformed);
        Assert.Equal(new PermissionRule("Bash", content), syntax.Rule);
    }

    [Theory]
    [InlineData("Task", "Agent")]
    [InlineData("KillShell", "TaskStop")]
    [InlineData("KillBash", "TaskStop")]
    [InlineData("ListPeers", "ListAgents")]
    [InlineData("Brief", "SendUserMessage")]
    [InlineData("ListMcpResources", "ListMcpResourcesTool")]
    [InlineData("ReadMcpResource", "ReadMcpResourceTool")]
    [InlineData("ReadMcpResourceDir", "ReadMcpResourceDirTool")]
    [InlineData("ProposeGoal", "SetGoal")]
    public void Parse_LegacyAlias_ResolvesToCanonical(string alias, string canonical)
    {
        Assert.Equal(new PermissionRule(canonical, null), RuleParser.Parse(alias).Rule);
        Assert.Equal(new PermissionRule(canonical, "x"), RuleParser.Parse(alias + "(x)").Rule);
        Assert.Equal(alias, RuleParser.Parse(alias + "(x)").WrittenToolName);
    }

    [Theory]
    [InlineData("AgentOutputTool")]
    [InlineData("BashOutputTool")]
    [InlineData("Stop Task")]
    public void Parse_NotAnAlias_KeepsName(string name)
    {
        Assert.Equal(new PermissionRule(name, null), RuleParser.Parse(name).Rule);
    }

    [Theory]
    [InlineData(" Bash(x)", " Bash")]
    [InlineData("Bash (x)", "Bash ")]
    [InlineData("bash(x)", "bash")]
    [InlineData("task(x)", "task")]
    public void Parse_ToolNameWhitespaceOrCase_KeptVerbatim(string written, string tool)
    {
        Assert.Equal(new PermissionRule(tool, "x"), RuleParser.Parse(written).Rule);
    }

    [Theory]
    [InlineData("Bash(npm test")]
    [InlineData("Bash(npm test)x")]
    [InlineData("Bash)x(")]
    [InlineData("Ba)sh(x)")]
    [InlineData("Bash\\(x)")]
    [InlineData(")")]
    [InlineData("(")]
    public void Parse_Malformed_IsBareWholeStringWithError(string written)
    {
        RuleSyntax syntax = RuleParser.Parse(written);

        Assert.True(syntax.IsMalformed);
        Assert.Equal(new PermissionRule(written, null), syntax.Rule);
        Diagnostic d = Assert.Single(syntax.Diagnostics);
        Assert.Equal("RE0011", d.Id);
        Assert.True(d.Location.Span.IsInside(written.Length));
    }

    [Fact]
    public void Parse_MalformedAliasName_IsNotResolved()
    {
        Assert.Equal("Task(x", RuleParser.Parse("Task(x").Rule.ToolName);
    }

    [Theory]
    [InlineData("(npm test)")]
    [InlineData("()")]
    public void Parse_EmptyToolNamePart_WholeStringIsToolName(string written)
    {
        RuleSyntax syntax = RuleParser.Parse(written);

        Assert.False(syntax.IsMalformed);
        Assert.Equal(new PermissionRule(written, null), syntax.Rule);
        Assert.Empty(syntax.Diagnostics);
    }

    [Theory]
    [InlineData("Bash\\)")]
    [InlineData("Bash\\(x\\)")]
    public void Parse_OnlyEscapedParentheses_IsBareName(string written)
    {
        RuleSyntax syntax = RuleParser.Parse(written);

        Assert.False(syntax.IsMalformed);
        Assert.Equal(new PermissionRule(written, null), syntax.Rule);
    }

    [Fact]
    public void Parse_EmptyString_ReportsEmptyRule()
    {
        RuleSyntax syntax = RuleParser.Parse("");

        Assert.Equal("RE0010", Assert.Single(syntax.Diagnostics).Id);
    }

    [Fact]
    public void Parse_EmptyParentheses_ReportsErrorOverParentheses()
    {
        RuleSyntax syntax = RuleParser.Parse("Bash()");

        Diagnostic d = Assert.Single(syntax.Diagnostics);
        Assert.Equal("RE0012", d.Id);
        Assert.Equal(new TextSpan(4, 2), d.Location.Span);
    }

    [Fact]
    public void Parse_Content_SpansPointIntoText()
    {
        RuleSyntax syntax = RuleParser.Parse("Bash(npm test)");

        Assert.Equal(new TextSpan(0, 4), syntax.ToolNameSpan);
        Assert.Equal(new TextSpan(5, 8), syntax.ContentSpan);
        Assert.Equal("Bash", syntax.WrittenToolName);
    }

    [Fact]
    public void Parse_BareName_HasNoContentSpan()
    {
        RuleSyntax syntax = RuleParser.Parse("mcp__github__get_issue");

        Assert.Null(syntax.ContentSpan);
        Assert.Equal(new TextSpan(0, 22), syntax.ToolNameSpan);
        Assert.True(syntax.Rule.IsMcp);
    }

    [Theory]
    [InlineData("mcp__github__*", true)]
    [InlineData("*", true)]
    [InlineData("Bash", false)]
    public void Parse_ToolGlob_IsFlagged(string written, bool glob)
    {
        Assert.Equal(glob, RuleParser.Parse(written).Rule.HasToolGlob);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("abc", "abc")]
    [InlineData("\\(\\)", "()")]
    [InlineData("\\\\", "\\")]
    [InlineData("\\\\(", "\\(")]
    [InlineData("\\n\\*", "\\n\\*")]
    public void Unescape_Input_ReplacesOnlyTheThreeEscapes(string raw, string expected)
    {
        Assert.Equal(expected, RuleParser.Unescape(raw));
    }

    [Theory]
    [InlineData("a(", 1, false)]
    [InlineData("\\(", 1, true)]
    [InlineData("\\\\(", 2, false)]
    [InlineData("\\\\\\(", 3, true)]
    public void IsEscaped_BackslashCount_OddMeansEscaped(string text, int index, bool escaped)
    {
        Assert.Equal(escaped, RuleParser.IsEscaped(text, index));
    }
}
