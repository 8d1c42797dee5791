using System.Text.Json;
using RuleEngine.Cli.Output;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.Tests.Output;

public class JsonRendererTests
{
    [Fact]
    public void Render_PositionedAndUnpositioned_MatchesGolden()
    {
        IReadOnlyList<Diagnostic> all = OutputFixture.Diagnostics();
        StringWriter output = OutputFixture.Writer();

        new JsonRenderer(OutputFixture.Source).Render([all[0], all[3]], output);

        const string expected = """
            [
              {
                "id": "RE0012",
                "severity": "error",
                "category": "syntax",
                "title": "empty parentheses",
                "message": "empty parentheses in `Bash()`",
                "help": "write the bare tool name `Bash` to match every call",
                "file": "/repo/.claude/settings.json",
                "line": 3,
                "column": 20,
                "endLine": 3,
                "endColumn": 22,
                "offset": 40,
                "length": 2
              },
              {
                "id": "RE0015",
                "severity": "warning",
                "category": "schema",
                "title": "unknown permissions key",
                "message": "unknown permissions key `alow`",
                "help": "did you mean `allow`?",
                "file": "/repo/sub dir/settings.local.json",
                "line": null,
                "column": null,
                "endLine": null,
                "endColumn": null,
                "offset": null,
                "length": null
              }
            ]

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Render_Empty_WritesEmptyArray()
    {
        StringWriter output = OutputFixture.Writer();

        new JsonRenderer().Render([], output);

        Assert.Equal("[]", output.ToString().Trim());
    }

    [Fact]
    public void Render_MultiLineSpan_ReportsTrueEnd()
    {
        // From the `{` of "permissions" to the end of line 4 (0-based 1..3).
        Location start = OutputFixture.At(1, 17, 0);
        int end = OutputFixture.SettingsText.LastIndexOf("\"]", StringComparison.Ordinal) + 2;
        var location = start with { Span = TextSpan.FromBounds(start.Span.Start, end) };
        StringWriter output = OutputFixture.Writer();

        new JsonRenderer(OutputFixture.Source).Render([Diagnostic.Create(Descriptors.WrongType, location, "x")], output);

        JsonElement d = JsonDocument.Parse(output.ToString()).RootElement[0];
        Assert.Equal(2, d.GetProperty("line").GetInt32());
        Assert.Equal(18, d.GetProperty("column").GetInt32());
        Assert.Equal(4, d.GetProperty("endLine").GetInt32());
        Assert.Equal(28, d.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Render_RuleStringLocation_FileIsNullAndLineIsOne()
    {
        StringWriter output = OutputFixture.Writer();

        new JsonRenderer().Render([OutputFixture.Diagnostics()[4]], output);

        JsonElement d = JsonDocument.Parse(output.ToString()).RootElement[0];
        Assert.Equal(JsonValueKind.Null, d.GetProperty("file").ValueKind);
        Assert.Equal(JsonValueKind.Null, d.GetProperty("help").ValueKind);
        Assert.Equal(1, d.GetProperty("line").GetInt32());
        Assert.Equal(5, d.GetProperty("endColumn").GetInt32());
        Assert.Equal("info", d.GetProperty("severity").GetString());
    }

    [Fact]
    public void Render_SpecialCharacters_AreValidJson()
    {
        var d = Diagnostic.Create(Descriptors.InvalidJson, Location.InRule(new TextSpan(0, 1)), "quote \" backslash \\ tab \t <&> \u2028 `x`");
        StringWriter output = OutputFixture.Writer();

        new JsonRenderer().Render([d], output);

        Assert.Equal(d.Message, JsonDocument.Parse(output.ToString()).RootElement[0].GetProperty("message").GetString());
        Assert.Contains("`x`", output.ToString(), StringComparison.Ordinal);
    }
}
