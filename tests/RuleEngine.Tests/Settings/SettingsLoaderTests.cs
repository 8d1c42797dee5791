using System.Text;
using RuleEngine.Diagnostics;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Settings;

public class SettingsLoaderTests
{
    private static SettingsDocument Load(string json, RuleSource scope = RuleSource.ProjectSettings) =>
        SettingsLoader.LoadText("s.json", json, scope);

    [Fact]
    public void LoadText_RulesInThreeLists_KeepListIndexAndPosition()
    {
        SettingsDocument doc = Load("{\n  \"permissions\": {\n    \"allow\": [\"Bash(npm test)\"],\n    \"deny\": [\"Read(./.env)\", \"Bash(rm *)\"]\n  }\n}");

        Assert.Empty(doc.Diagnostics);
        Assert.Equal(3, doc.Rules.Length);
        RuleText deny2 = doc.Rules[2];
        Assert.Equal(RuleBehavior.Deny, deny2.Behavior);
        Assert.Equal(1, deny2.Index);
        Assert.Equal("Bash(rm *)", deny2.Text);
        Assert.Equal(3, deny2.Location.Line);
        Assert.Equal(30, deny2.Location.Column); // the first character inside the quotes
    }

    [Fact]
    public void LoadText_JsonEscapesBeforeError_PointsAtExactCharacter()
    {
        // The rule text is `é\"x(` … the diagnostic for the unclosed `(` must point at the `(` in the file,
        // past the 6-character \u00e9 escape and the 2-character \" escape.
        string json = "{\"permissions\":{\"deny\":[\"Bash\\u00e9\\\"x(y\"]}}";
        SettingsDocument doc = Load(json);

        Diagnostic d = Assert.Single(doc.Diagnostics);
        Assert.Equal("RE0011", d.Id);
        Assert.Equal(json.IndexOf("(y", StringComparison.Ordinal), d.Location.Span.Start);
        Assert.Equal(d.Location.Span.Start, d.Location.Column);
    }

    [Fact]
    public void LoadText_RuleTextLocationOf_MapsThroughEscapes()
    {
        string json = "{\"permissions\":{\"allow\":[\"Bash(echo \\\"hi\\\" *)\"]}}";
        RuleText rule = Assert.Single(Load(json).Rules);
        Assert.Equal("Bash(echo \"hi\" *)", rule.Text);

        int star = rule.Text.IndexOf('*');
        Location at = rule.LocationOf(new TextSpan(star, 1));
        Assert.Equal('*', json[at.Span.Start]);
        Assert.Equal(1, at.Span.Length);
    }

    [Theory]
    [InlineData("{\"permissions\": {\"allow\": [\"a\",]}}", "RE0001", 0, 31)]
    [InlineData("{\n  \"permissions\": {\n    \"allow\": [\"a\"\n  }\n}", "RE0001", 3, 2)]
    [InlineData("// comment\n{}", "RE0001", 0, 0)]
    [InlineData("[1, 2]", "RE0006", 0, 0)]
    [InlineData("   \n  ", "RE0003", 0, 0)]
    public void LoadText_BadJson_ReportsPositionedError(string json, string id, int line, int column)
    {
        SettingsDocument doc = Load(json);

        Diagnostic d = Assert.Single(doc.Diagnostics);
        Assert.Equal(id, d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(line, d.Location.Line);
        Assert.Equal(column, d.Location.Column);
        Assert.False(doc.IsUsable);
    }

    [Fact]
    public void LoadText_DeeplyNested_ReportsTooDeepWithoutStackOverflow()
    {
        string json = new string('[', 100_000) + new string(']', 100_000);
        Diagnostic d = Assert.Single(Load(json).Diagnostics);
        Assert.Equal("RE0004", d.Id);
    }

    [Fact]
    public void LoadBytes_InvalidUtf8_ReportsOffsetAndLine()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n\"permissions\": \""), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}")];
        Diagnostic d = Assert.Single(SettingsLoader.LoadBytes("s.json", bytes, RuleSource.ProjectSettings).Diagnostics);
        Assert.Equal("RE0002", d.Id);
        Assert.Equal(1, d.Location.Line);
        Assert.Contains("offset 18", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadBytes_Utf8Bom_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"permissions\":{\"allow\":[\"Bash\"]}}")];
        SettingsDocument doc = SettingsLoader.LoadBytes("s.json", bytes, RuleSource.UserSettings);
        Assert.Empty(doc.Diagnostics);
        Assert.Single(doc.Rules);
    }

    [Fact]
    public void LoadFile_MissingFileAndDirectory_ReportUnreadable()
    {
        string dir = Directory.CreateTempSubdirectory("re-loader").FullName;
        Assert.Equal("RE0005", Assert.Single(SettingsLoader.LoadFile(Path.Combine(dir, "nope.json"), RuleSource.UserSettings).Diagnostics).Id);
        Diagnostic d = Assert.Single(SettingsLoader.LoadFile(dir, RuleSource.UserSettings).Diagnostics);
        Assert.Equal("RE0005", d.Id);
        Assert.Contains("directory", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"permissions\": []}", "RE0014")]
    [InlineData("{\"permissions\": {\"allow\": \"Bash\"}}", "RE0014")]
    [InlineData("{\"permissions\": {\"deny\": [42]}}", "RE0013")]
    [InlineData("{\"permissions\": {\"alow\": []}}", "RE0015")]
    [InlineData("{\"permissions\": {\"defaultMode\": \"delegate\"}}", "RE0016")]
    [InlineData("{\"permissions\": {\"defaultMode\": 3}}", "RE0014")]
    [InlineData("{\"permissions\": {\"additionalDirectories\": [1]}}", "RE0014")]
    [InlineData("{\"permissions\": {\"blockReadsOutsideWorkingDirectories\": \"yes\"}}", "RE0014")]
    public void LoadText_TypeErrors_AreDiagnosticsNotExceptions(string json, string id)
    {
        Diagnostic d = Assert.Single(Load(json).Diagnostics);
        Assert.Equal(id, d.Id);
        Assert.True(d.Location.HasPosition);
        Assert.NotNull(d.Help);
    }

    [Fact]
    public void LoadText_UnknownKey_SuggestsNearest()
    {
        Diagnostic d = Assert.Single(Load("{\"permissions\": {\"alow\": []}}").Diagnostics);
        Assert.Equal("did you mean `allow`?", d.Help);
    }

    [Fact]
    public void LoadText_InvalidRule_IsKeptAsTextButNotLoaded()
    {
        SettingsDocument doc = Load("{\"permissions\": {\"allow\": [\"Bash(npm test\", \"Bash(ls)\"]}}");
        Assert.Equal(2, doc.Rules.Length);
        Assert.False(doc.Rules[0].Validated.IsLoaded);
        Assert.True(doc.Rules[1].Validated.IsLoaded);
    }

    [Fact]
    public void LoadText_TenMegabyteFile_Loads()
    {
        var sb = new StringBuilder("{\"permissions\": {\"allow\": [");
        int n = 0;
        while (sb.Length < 10 * 1024 * 1024)
        {
            sb.Append(n == 0 ? string.Empty : ",").Append("\"Bash(echo ").Append(n++).Append(")\"");
        }

        sb.Append("]}}");
        SettingsDocument doc = Load(sb.ToString());
        Assert.Empty(doc.Diagnostics);
        Assert.Equal(n, doc.Rules.Length);
    }
}
