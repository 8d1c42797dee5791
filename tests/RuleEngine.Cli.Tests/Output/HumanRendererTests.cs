using RuleEngine.Cli.Output;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.Tests.Output;

public class HumanRendererTests
{
    [Fact]
    public void Render_MixedDiagnostics_MatchesGolden()
    {
        StringWriter output = OutputFixture.Writer();

        new HumanRenderer(OutputFixture.Source).Render(OutputFixture.Diagnostics(), output);

        string expected =
            "/repo/.claude/settings.json(3,20): error RE0012: empty parentheses in `Bash()`\n" +
            "        \"allow\": [\"Bash()\", \"bash(npm test)\"],\n" +
            "                       ^~\n" +
            "  help: write the bare tool name `Bash` to match every call\n" +
            "\n" +
            "/repo/.claude/settings.json(3,26): error RE0017: tool names must start with uppercase: `bash`\n" +
            "        \"allow\": [\"Bash()\", \"bash(npm test)\"],\n" +
            "                             ^~~~\n" +
            "  help: did you mean `Bash`?\n" +
            "\n" +
            "/repo/.claude/settings.json(4,17): error RE0011: malformed rule `Bash(npm test`: `(` is never closed\n" +
            "    \t\t\"deny\": [\"Bash(npm test\"]\n" +
            "    \t\t              ^\n" +
            "\n" +
            "/repo/sub dir/settings.local.json: warning RE0015: unknown permissions key `alow`\n" +
            "  help: did you mean `allow`?\n" +
            "\n" +
            "<rule>(1,1): info RE1014: duplicate rule `Bash`\n" +
            "\n" +
            "3 errors, 1 warning, 1 info in 2 files\n";
        Assert.Equal(expected, output.ToString());
    }

    [Fact]
    public void Render_Empty_PrintsZeroSummary()
    {
        StringWriter output = OutputFixture.Writer();

        new HumanRenderer(_ => null).Render([], output, fileCount: 1);

        Assert.Equal("0 errors, 0 warnings, 0 infos in 1 file\n", output.ToString());
    }

    [Fact]
    public void Render_NoSourceText_OmitsSnippet()
    {
        StringWriter output = OutputFixture.Writer();
        Diagnostic d = OutputFixture.Diagnostics()[0];

        new HumanRenderer(_ => null).Render([d], output);

        Assert.Equal(
            "/repo/.claude/settings.json(3,20): error RE0012: empty parentheses in `Bash()`\n" +
            "  help: write the bare tool name `Bash` to match every call\n" +
            "\n" +
            "1 error, 0 warnings, 0 infos in 1 file\n",
            output.ToString());
    }

    [Fact]
    public void Render_SpanPastLineEnd_ClipsUnderlineToLine()
    {
        StringWriter output = OutputFixture.Writer();
        Diagnostic d = Diagnostic.Create(Descriptors.InvalidJson, OutputFixture.At(4, 2, 10), "unexpected end");

        new HumanRenderer(OutputFixture.Source).Render([d], output);

        Assert.StartsWith(
            "/repo/.claude/settings.json(5,3): error RE0001: unexpected end\n" +
            "      }\n" +
            "      ^\n",
            output.ToString());
    }

    [Theory]
    [InlineData("abc", 0, 3, "^~~")]
    [InlineData("abc", 1, 0, " ^")]
    [InlineData("abc", 2, 5, "  ^")]
    [InlineData("abc", 7, 1, "   ^")]
    [InlineData("\ta\tb", 3, 1, "\t \t^")]
    [InlineData("", 0, 0, "^")]
    public void CaretLine_Span_KeepsTabsAndClips(string line, int column, int length, string expected)
    {
        Assert.Equal(expected, HumanRenderer.CaretLine(line, column, length));
    }

    [Fact]
    public void Render_CrLfFile_SnippetHasNoCarriageReturn()
    {
        const string text = "{\r\n  \"allow\": [\"Bash()\"]\r\n}\r\n";
        var location = new Location("f.json", new TextSpan(text.IndexOf("()", StringComparison.Ordinal), 2), 1, 17);
        StringWriter output = OutputFixture.Writer();

        new HumanRenderer(_ => text).Render([Diagnostic.Create(Descriptors.EmptyParentheses, location, "empty parentheses")], output);

        Assert.Contains("\n      \"allow\": [\"Bash()\"]\n" + new string(' ', 21) + "^~\n", output.ToString(), StringComparison.Ordinal);
    }
}
