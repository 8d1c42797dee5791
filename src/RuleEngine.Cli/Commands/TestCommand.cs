using System.Collections.Immutable;
using RuleEngine.Evaluation;
using RuleEngine.Settings;
using RuleEngine.Syntax;
using RuleEngine.Testing;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>rulec test CASES.jsonl… [--settings F…] [--category C] [--quiet]</c>: runs expectation files in the
/// conformance format and prints each failure with its reason tree, then <c>N passed, N failed</c>.
/// Rules come from each case, plus any <c>--settings</c> files. Exit 0 when all pass, 3 otherwise.
/// </summary>
internal static class TestCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgReader a = ArgReader.Parse(args, ["--settings", "--category", "--id"], ["--quiet", "--by-category"]);
        if (a.Positionals.Count == 0)
        {
            throw new UsageException("usage: rulec test CASES.jsonl… [--settings FILE…] [--category PREFIX] [--quiet] [--by-category]");
        }

        ImmutableArray<RuleEntry> extra = [];
        if (a.All("--settings").Count > 0)
        {
            RuleSet set = RuleSet.Load(new SettingsLoadOptions { FlagSettingsFiles = [.. a.All("--settings")], WorkspaceTrusted = true });
            if (set.HasErrors)
            {
                foreach (var d in set.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error))
                {
                    stderr.WriteLine($"rulec: {d}");
                }

                return ExitCodes.CouldNotRun;
            }

            extra = set.Rules;
        }

        string? category = a.Single("--category");
        string? onlyId = a.Single("--id");
        int passed = 0, failed = 0;
        var perCategory = new SortedDictionary<string, (int Pass, int Fail)>(StringComparer.Ordinal);
        foreach (string file in a.Positionals)
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"rulec: case file `{file}` does not exist");
                return ExitCodes.CouldNotRun;
            }

            foreach (CaseResult result in CaseRunner.RunFile(file, extra))
            {
                if ((category is not null && !result.Category.StartsWith(category, StringComparison.Ordinal)) || (onlyId is not null && result.Id != onlyId))
                {
                    continue;
                }

                (int p, int f) = perCategory.GetValueOrDefault(result.Category);
                if (result.Passed)
                {
                    passed++;
                    perCategory[result.Category] = (p + 1, f);
                    continue;
                }

                failed++;
                perCategory[result.Category] = (p, f + 1);
                if (!a.Flag("--quiet"))
                {
                    stdout.WriteLine($"FAIL {result.Id} ({file}:{result.Line}): expected {result.Expected}, got {result.Actual}");
                    stdout.WriteLine($"  {result.Description}");
                    stdout.WriteLine($"  reason: {result.ActualReason}");
                    if (result.ExpectedReason is { } why)
                    {
                        stdout.WriteLine($"  reference: {why}");
                    }
                }
            }
        }

        if (a.Flag("--by-category"))
        {
            foreach ((string cat, (int p, int f)) in perCategory)
            {
                stdout.WriteLine($"  {cat,-22} {p,5} passed {f,5} failed");
            }
        }

        stdout.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Findings;
    }
}
