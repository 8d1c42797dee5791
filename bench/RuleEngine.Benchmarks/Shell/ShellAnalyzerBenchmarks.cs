using BenchmarkDotNet.Attributes;
using RuleEngine.Shell;
using RuleEngine.Syntax;

namespace RuleEngine.Benchmarks.Shell;

/// <summary>Hot path of the Bash check: analysing a command and matching rules against its candidates.</summary>
[MemoryDiagnoser]
public class ShellAnalyzerBenchmarks
{
    private const string Typical = "NODE_ENV=test npm run test -- --watch=false --reporter=dot src/components 2>&1";
    private const string Compound = "cd packages/api && npm run build --silent > /dev/null; git status --short";

    private readonly ShellAnalyzer _analyzer = new("/home/alice");
    private readonly BashPattern _allowPrefix = BashPattern.Compile("npm run test:*");
    private readonly BashPattern _allowWildcard = BashPattern.Compile("npm run *");
    private readonly BashPattern _denyWildcard = BashPattern.Compile("rm *");

    /// <summary>Parse a typical 78-character command.</summary>
    [Benchmark]
    public int AnalyzeTypical() => _analyzer.Analyze(Typical).Commands.Length;

    /// <summary>Parse a 3-part compound command (72 characters).</summary>
    [Benchmark]
    public int AnalyzeCompound() => _analyzer.Analyze(Compound).Commands.Length;

    /// <summary>Parse, build candidates and match one deny and two allow rules.</summary>
    [Benchmark]
    public bool AnalyzeAndMatchTypical()
    {
        SimpleCommand command = _analyzer.Analyze(Typical).Commands[0];
        return !_denyWildcard.Matches(command, RuleBehavior.Deny)
            && (_allowPrefix.Matches(command, RuleBehavior.Allow) || _allowWildcard.Matches(command, RuleBehavior.Allow));
    }

    /// <summary>Parse the compound and match a deny and an allow rule against every subcommand.</summary>
    [Benchmark]
    public int AnalyzeAndMatchCompound()
    {
        int allowed = 0;
        foreach (SimpleCommand command in _analyzer.Analyze(Compound).Commands)
        {
            if (!_denyWildcard.Matches(command, RuleBehavior.Deny) && _allowWildcard.Matches(command, RuleBehavior.Allow))
            {
                allowed++;
            }
        }

        return allowed;
    }
}
