using RuleEngine.Syntax;
using RuleEngine.Syntax.Specifiers;

namespace RuleEngine.Tests.Syntax;

public class SpecifierParserTests
{
    private static Specifier? ParseText(string text) => SpecifierParser.Parse(RuleParser.Parse(text).Rule);

    [Theory]
    [InlineData("Bash")]
    [InlineData("Bash(*)")]
    [InlineData("Read()")]
    public void Parse_ToolWide_ReturnsNull(string text)
    {
        Assert.Null(ParseText(text));
    }

    // bash.md §2 classification table and its consequences.
    [Theory]
    [InlineData("Bash(npm run:*)", CommandPatternKind.Prefix, "npm run")]
    [InlineData("Bash(npm run build:*)", CommandPatternKind.Prefix, "npm run build")]
    [InlineData("Bash(git * push:*)", CommandPatternKind.Prefix, "git * push")]
    [InlineData("Bash(::*)", CommandPatternKind.Prefix, ":")]
    [InlineData("Bash(git * main)", CommandPatternKind.Wildcard, null)]
    [InlineData("Bash(ls*)", CommandPatternKind.Wildcard, null)]
    [InlineData("Bash(git:* push)", CommandPatternKind.Wildcard, null)]
    [InlineData("Bash(echo \\\\\\\\*)", CommandPatternKind.Wildcard, null)]
    [InlineData("Bash(a\nb:*)", CommandPatternKind.Wildcard, null)]
    [InlineData("Bash(npm run build)", CommandPatternKind.Exact, null)]
    [InlineData("Bash(echo \\*)", CommandPatternKind.Exact, null)]
    [InlineData("Bash(foo:bar)", CommandPatternKind.Exact, null)]
    [InlineData("Monitor(tail -f *)", CommandPatternKind.Wildcard, null)]
    public void Parse_CommandPattern_ClassifiesKind(string text, CommandPatternKind kind, string? prefix)
    {
        var spec = Assert.IsType<CommandPatternSpecifier>(ParseText(text));

        Assert.Equal(kind, spec.Kind);
        Assert.Equal(prefix, spec.Prefix);
        Assert.False(spec.IgnoreCase);
    }

    [Fact]
    public void Parse_EscapedStarInRuleText_UnescapesBackslashFirst()
    {
        // `Bash(echo \\*)` unescapes to `echo \*`: one backslash, so the star is escaped.
        var spec = Assert.IsType<CommandPatternSpecifier>(ParseText("Bash(echo \\\\*)"));

        Assert.Equal("echo \\*", spec.Content);
        Assert.Equal(CommandPatternKind.Exact, CommandPatternSpecifier.Classify(spec.Content));
        Assert.Equal(CommandPatternKind.Wildcard, CommandPatternSpecifier.Classify("echo \\\\*"));
    }

    [Fact]
    public void Parse_PowerShell_IsCaseInsensitiveCommandPattern()
    {
        var spec = Assert.IsType<CommandPatternSpecifier>(ParseText("PowerShell(Get-ChildItem *)"));

        Assert.Equal(new CommandPatternSpecifier("PowerShell", "Get-ChildItem *", CommandPatternKind.Wildcard, null, true), spec);
    }

    [Theory]
    [InlineData("Read(//etc/**)", PathAnchor.Root, "etc/**")]
    [InlineData("Read(~/.ssh/**)", PathAnchor.Home, ".ssh/**")]
    [InlineData("Edit(/src/**)", PathAnchor.Source, "src/**")]
    [InlineData("Read(./.env)", PathAnchor.Cwd, ".env")]
    [InlineData("Read(*.env)", PathAnchor.Cwd, "*.env")]
    [InlineData("Read(~)", PathAnchor.Cwd, "~")]
    [InlineData("Read(//)", PathAnchor.Root, "")]
    [InlineData("Read(///x)", PathAnchor.Root, "/x")]
    [InlineData("Write(/out/**)", PathAnchor.Source, "out/**")]
    [InlineData("Glob(/src/**)", PathAnchor.Source, "src/**")]
    [InlineData("Grep(src/**/*.ts)", PathAnchor.Cwd, "src/**/*.ts")]
    [InlineData("NotebookEdit(x)", PathAnchor.Cwd, "x")]
    [InlineData("Cd(~/code/**)", PathAnchor.Home, "code/**")]
    public void Parse_PathRule_SplitsAnchor(string text, PathAnchor anchor, string pattern)
    {
        var spec = Assert.IsType<PathSpecifier>(ParseText(text));

        Assert.Equal(anchor, spec.Anchor);
        Assert.Equal(pattern, spec.Pattern);
    }

    [Theory]
    [InlineData("Read(!x)", true, false, false)]
    [InlineData("Read(/!x)", true, false, false)]
    [InlineData("Read(src/)", false, true, false)]
    [InlineData("Read(../x/**)", false, false, true)]
    [InlineData("Read(./../x/**)", false, false, true)]
    [InlineData("Read(a..b)", false, false, false)]
    public void Parse_PathRule_GitignoreFlags(string text, bool negated, bool directoryOnly, bool parent)
    {
        var spec = Assert.IsType<PathSpecifier>(ParseText(text));

        Assert.Equal(negated, spec.IsNegated);
        Assert.Equal(directoryOnly, spec.IsDirectoryOnly);
        Assert.Equal(parent, spec.HasParentSegment);
    }

    [Theory]
    [InlineData("WebFetch(domain:example.com)", "example.com", false, false)]
    [InlineData("WebFetch(domain:*.example.com)", "*.example.com", false, true)]
    [InlineData("WebFetch(domain:*)", "*", true, false)]
    [InlineData("WebFetch(domain: example.com)", " example.com", false, false)]
    public void Parse_WebFetchDomain_KeepsHostPattern(string text, string host, bool any, bool subdomains)
    {
        var spec = Assert.IsType<DomainSpecifier>(ParseText(text));

        Assert.Equal(host, spec.HostPattern);
        Assert.Equal(any, spec.MatchesAnyHost);
        Assert.Equal(subdomains, spec.HasSubdomainWildcard);
    }

    [Theory]
    [InlineData("WebFetch(example.com)")]
    [InlineData("WebFetch(https://example.com/*)")]
    [InlineData("WebFetch(Domain:example.com)")]
    [InlineData("WebSearch(news)")]
    [InlineData("mcp__github__get_issue(x)")]
    [InlineData("Ba*(ls)")]
    [InlineData("*(ls)")]
    [InlineData("TodoWrite(x)")]
    [InlineData("TodoWrite(x:)")]
    [InlineData("TodoWrite( :y)")]
    public void Parse_NoTypedReading_IsOpaque(string text)
    {
        Assert.IsType<OpaqueSpecifier>(ParseText(text));
    }

    [Theory]
    [InlineData("Agent(Explore)", "Explore")]
    [InlineData("Task(my-custom-agent)", "my-custom-agent")]
    [InlineData("Agent(model:opus)", "model:opus")]
    public void Parse_Agent_IsSubagentType(string text, string type)
    {
        Assert.Equal(new SubagentSpecifier("Agent", type, type), ParseText(text));
    }

    [Theory]
    [InlineData("Skill(commit)", SkillPatternKind.Exact, "commit")]
    [InlineData("Skill(/commit)", SkillPatternKind.Exact, "commit")]
    [InlineData("Skill(review*)", SkillPatternKind.Exact, "review*")]
    [InlineData("Skill(review-pr 123)", SkillPatternKind.Exact, "review-pr 123")]
    [InlineData("Skill(review-pr *)", SkillPatternKind.Prefix, "review-pr")]
    [InlineData("Skill(/review:*)", SkillPatternKind.Prefix, "review")]
    [InlineData("Skill(//x)", SkillPatternKind.Exact, "/x")]
    public void Parse_Skill_ClassifiesExactOrPrefix(string text, SkillPatternKind kind, string name)
    {
        var spec = Assert.IsType<SkillSpecifier>(ParseText(text));

        Assert.Equal(kind, spec.Kind);
        Assert.Equal(name, spec.Name);
    }

    [Theory]
    [InlineData("AskUserQuestion(mode:x)", "AskUserQuestion", "mode", "x")]
    [InlineData("TodoWrite( a : b:c )", "TodoWrite", "a", "b:c")]
    public void Parse_ToolWithoutContentSyntax_KeyValueIsParameter(string text, string tool, string key, string value)
    {
        var spec = Assert.IsType<ParameterSpecifier>(ParseText(text));

        Assert.Equal(tool, spec.ToolName);
        Assert.Equal(key, spec.Key);
        Assert.Equal(value, spec.Value);
        Assert.False(spec.IsPrimaryField);
    }

    // rules.md §4: the additional parameter reading tried in deny/ask for every tool.
    [Theory]
    [InlineData("Agent( model : opus )", "model", "opus", false)]
    [InlineData("Agent(model:op*)", "model", "op*", false)]
    [InlineData("Bash(run_in_background:true)", "run_in_background", "true", false)]
    [InlineData("Bash(timeout:600000)", "timeout", "600000", false)]
    [InlineData("Bash(command:rm *)", "command", "rm *", true)]
    [InlineData("PowerShell(command:x)", "command", "x", true)]
    [InlineData("Monitor(command:x)", "command", "x", true)]
    [InlineData("Read(offset:10)", "offset", "10", false)]
    [InlineData("Read(file_path:/etc/x)", "file_path", "/etc/x", true)]
    [InlineData("Edit(file_path:x)", "file_path", "x", true)]
    [InlineData("Write(file_path:x)", "file_path", "x", true)]
    [InlineData("Edit(replace_all:true)", "replace_all", "true", false)]
    [InlineData("NotebookEdit(notebook_path:x)", "notebook_path", "x", true)]
    [InlineData("WebFetch(url:x)", "url", "x", true)]
    [InlineData("Glob(pattern:*.ts)", "pattern", "*.ts", false)]
    [InlineData("Glob(path:src)", "path", "src", true)]
    [InlineData("Grep(pattern:secret)", "pattern", "secret", false)]
    [InlineData("Grep(path:src)", "path", "src", true)]
    public void ParseParameter_KeyValue_SplitsAtFirstColonAndTrims(string text, string key, string value, bool primary)
    {
        ParameterSpecifier? spec = SpecifierParser.ParseParameter(RuleParser.Parse(text).Rule);

        Assert.NotNull(spec);
        Assert.Equal(key, spec.Key);
        Assert.Equal(value, spec.Value);
        Assert.Equal(primary, spec.IsPrimaryField);
    }

    [Theory]
    [InlineData("Bash(npm test)")]
    [InlineData("Bash(:x)")]
    [InlineData("Bash(x: )")]
    [InlineData("Bash")]
    [InlineData("mcp__s__t(a:b)")]
    [InlineData("B*(a:b)")]
    public void ParseParameter_NotKeyValue_ReturnsNull(string text)
    {
        Assert.Null(SpecifierParser.ParseParameter(RuleParser.Parse(text).Rule));
    }

    [Fact]
    public void Parse_SameRuleTwice_ValueEqual()
    {
        Assert.Equal(ParseText("Read(./secrets/**)"), ParseText("Read(./secrets/**)"));
        Assert.NotEqual(ParseText("Read(./secrets/**)"), ParseText("Edit(./secrets/**)"));
    }

    [Theory]
    [InlineData("Bash", "command")]
    [InlineData("Read", "file_path")]
    [InlineData("NotebookEdit", "notebook_path")]
    [InlineData("WebFetch", "url")]
    [InlineData("Grep", "path")]
    [InlineData("Agent", null)]
    public void PrimaryFieldOf_Tool_ReturnsSpecField(string tool, string? field)
    {
        Assert.Equal(field, ParameterSpecifier.PrimaryFieldOf(tool));
    }
}
