using RuleEngine.Diagnostics;

namespace RuleEngine.Cli.Tests;

public class ReadmeTests
{
    private static readonly string s_readme = File.ReadAllText(Path.Combine(CliRunner.RepoRoot(), "README.md"));

    [Fact]
    public void Readme_DiagnosticsTable_ListsEveryDescriptorWithItsSeverity()
    {
        foreach (DiagnosticDescriptor d in Descriptors.All)
        {
            string row = $"| `{d.Id}` | {d.DefaultSeverity.ToString().ToLowerInvariant()} | {d.Title} |";
            Assert.True(s_readme.Contains(row, StringComparison.Ordinal), $"README.md is missing the row {row}");
        }
    }

    [Fact]
    public void Readme_NamesEveryCommandTheCliDispatches()
    {
        foreach (string command in new[] { "check", "eval", "explain", "test", "hook", "auto-mode", "serve" })
        {
            Assert.Contains($"`rulec {command}", s_readme, StringComparison.Ordinal);
            Assert.Contains($"  {command}", CommandLineApp.Usage, StringComparison.Ordinal);
        }
    }
}
