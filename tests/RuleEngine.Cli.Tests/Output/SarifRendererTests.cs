using System.Text.Json;
using RuleEngine.Cli.Output;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.Tests.Output;

public class SarifRendererTests
{
    private static readonly SarifOptions s_options = new("/repo", "https://example.org/rulec", "0.1.0");

    private static JsonElement RenderRun(IReadOnlyList<Diagnostic> diagnostics, Func<string, string?>? source = null)
    {
        StringWriter output = OutputFixture.Writer();
        new SarifRenderer(s_options, source ?? OutputFixture.Source).Render(diagnostics, output);
        JsonElement root = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        return Assert.Single(root.GetProperty("runs").EnumerateArray());
    }

    [Fact]
    public void Render_Driver_ListsEveryDescriptor()
    {
        JsonElement driver = RenderRun([]).GetProperty("tool").GetProperty("driver");

        Assert.Equal("rulec", driver.GetProperty("name").GetString());
        Assert.Equal("https://example.org/rulec", driver.GetProperty("informationUri").GetString());
        Assert.Equal("0.1.0", driver.GetProperty("semanticVersion").GetString());
        JsonElement[] rules = [.. driver.GetProperty("rules").EnumerateArray()];
        Assert.Equal(Descriptors.All.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (JsonElement rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }

        JsonElement malformed = rules.Single(r => r.GetProperty("id").GetString() == "RE0011");
        Assert.Equal("MalformedParentheses", malformed.GetProperty("name").GetString());
        Assert.Equal("malformed parentheses", malformed.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("error", malformed.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("syntax", malformed.GetProperty("properties").GetProperty("tags")[0].GetString());
        Assert.Equal("note", rules.Single(r => r.GetProperty("id").GetString() == "RE1014").GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Render_PositionedResult_HasGitHubRequiredShape()
    {
        JsonElement run = RenderRun(OutputFixture.Diagnostics());
        JsonElement[] results = [.. run.GetProperty("results").EnumerateArray()];
        JsonElement[] rules = [.. run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()];

        Assert.Equal(5, results.Length);
        JsonElement first = results[0];
        Assert.Equal("RE0012", first.GetProperty("ruleId").GetString());
        Assert.Equal("RE0012", rules[first.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("level").GetString());
        Assert.Equal("empty parentheses in `Bash()`\nhelp: write the bare tool name `Bash` to match every call",
            first.GetProperty("message").GetProperty("text").GetString());
        JsonElement physical = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(".claude/settings.json", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        JsonElement region = physical.GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal(20, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(3, region.GetProperty("endLine").GetInt32());
        Assert.Equal(22, region.GetProperty("endColumn").GetInt32());
        Assert.Equal("file:///repo/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());

        foreach (JsonElement result in results.Where(r => r.TryGetProperty("locations", out _)))
        {
            JsonElement location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.False(string.IsNullOrEmpty(location.GetProperty("artifactLocation").GetProperty("uri").GetString()));
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }
    }

    [Fact]
    public void Render_LevelsAndUnpositionedResults_FollowSeverity()
    {
        JsonElement[] results = [.. RenderRun(OutputFixture.Diagnostics()).GetProperty("results").EnumerateArray()];

        Assert.Equal(["error", "error", "error", "warning", "note"], results.Select(r => r.GetProperty("level").GetString()));
        JsonElement fileOnly = results[3].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("sub%20dir/settings.local.json", fileOnly.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(1, fileOnly.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.False(fileOnly.GetProperty("region").TryGetProperty("startColumn", out _));
        Assert.False(results[4].TryGetProperty("locations", out _));
        Assert.Equal("duplicate rule `Bash`", results[4].GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Render_SameRuleOnAnotherLine_KeepsFingerprint()
    {
        string moved = "\n\n" + OutputFixture.SettingsText;
        Diagnostic original = OutputFixture.Diagnostics()[1];
        Location loc = original.Location;
        Diagnostic shifted = original.At(loc with { Span = loc.Span.Shift(2), Line = loc.Line + 2 });

        string before = Fingerprint(RenderRun([original]));
        string after = Fingerprint(RenderRun([shifted], p => p == OutputFixture.SettingsPath ? moved : null));

        Assert.Equal(before, after);
        Assert.Matches("^[0-9a-f]{32}:1$", before);
    }

    [Fact]
    public void Render_DifferentRuleText_ChangesFingerprint()
    {
        Diagnostic lowercase = OutputFixture.Diagnostics()[1];
        string other = OutputFixture.SettingsText.Replace("bash(npm test)", "bash(npm run)", StringComparison.Ordinal);

        string before = Fingerprint(RenderRun([lowercase]));
        string after = Fingerprint(RenderRun([lowercase], p => p == OutputFixture.SettingsPath ? other : null));

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Render_RepeatedTriple_NumbersOccurrences()
    {
        Diagnostic d = OutputFixture.Diagnostics()[0];

        JsonElement[] results = [.. RenderRun([d, d]).GetProperty("results").EnumerateArray()];

        string first = results[0].GetProperty("partialFingerprints").GetProperty(SarifRenderer.FingerprintKey).GetString()!;
        string second = results[1].GetProperty("partialFingerprints").GetProperty(SarifRenderer.FingerprintKey).GetString()!;
        Assert.Equal(first[..^2] + ":2", second);
    }

    [Theory]
    [InlineData("/repo/a/b.json", "a/b.json", true)]
    [InlineData("c.json", "c.json", true)]
    [InlineData("/repo/x y#.json", "x%20y%23.json", true)]
    [InlineData("/elsewhere/s.json", "file:///elsewhere/s.json", false)]
    [InlineData("/repository/s.json", "file:///repository/s.json", false)]
    [InlineData("/other/a#b %.json", "file:///other/a%23b%20%25.json", false)]
    public void ArtifactUri_Path_RelativeToBaseWithForwardSlashes(string path, string uri, bool relative)
    {
        Assert.Equal((uri, relative), new SarifRenderer(s_options).ArtifactUri(path));
    }

    [Theory]
    [InlineData("/repo", "file:///repo")]
    [InlineData("/a b/c#d", "file:///a%20b/c%23d")]
    [InlineData("C:\\work\\x y", "file:///C:/work/x%20y")]
    public void FileUri_FullPath_EscapesSegments(string path, string uri)
    {
        Assert.Equal(uri, SarifRenderer.FileUri(path));
    }

    [Fact]
    public void Render_MessageWithoutHelp_IsMessageOnly()
    {
        JsonElement result = RenderRun([OutputFixture.Diagnostics()[2]]).GetProperty("results")[0];

        Assert.Equal("malformed rule `Bash(npm test`: `(` is never closed", result.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(17, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Render_Results_MatchGolden()
    {
        IReadOnlyList<Diagnostic> all = OutputFixture.Diagnostics();
        StringWriter output = OutputFixture.Writer();

        new SarifRenderer(s_options, OutputFixture.Source).Render([all[1], all[3]], output);

        // Everything after the driver's rules; rule indexes follow Descriptors.All so new descriptors do not break it.
        string text = output.ToString();
        string results = text[text.IndexOf("\"results\"", StringComparison.Ordinal)..];
        string expected = $$"""
            "results": [
                    {
                      "ruleId": "RE0017",
                      "ruleIndex": {{Index("RE0017")}},
                      "level": "error",
                      "message": {
                        "text": "tool names must start with uppercase: `bash`\nhelp: did you mean `Bash`?"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": ".claude/settings.json",
                              "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                              "startLine": 3,
                              "startColumn": 26,
                              "endLine": 3,
                              "endColumn": 30
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {
                        "rulecRuleText/v1": "ffc51b06cdda7fc3f4ef64108ced33ac:1"
                      }
                    },
                    {
                      "ruleId": "RE0015",
                      "ruleIndex": {{Index("RE0015")}},
                      "level": "warning",
                      "message": {
                        "text": "unknown permissions key `alow`\nhelp: did you mean `allow`?"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "sub%20dir/settings.local.json",
                              "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                              "startLine": 1
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {
                        "rulecRuleText/v1": "cd254a2d36e78d2be4ecdeed2e5ed51a:1"
                      }
                    }
                  ]
                }
              ]
            }

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), results.ReplaceLineEndings("\n"));
    }

    private static int Index(string id) => Descriptors.All.Select(d => d.Id).ToList().IndexOf(id);

    private static string Fingerprint(JsonElement run) =>
        run.GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty(SarifRenderer.FingerprintKey).GetString()!;
}
