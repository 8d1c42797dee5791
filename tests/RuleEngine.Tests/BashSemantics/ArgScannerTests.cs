using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

public class ArgScannerTests
{
    private static readonly OptionTable s_table = new("nf", ["lines", "file"]);

    private static string Scan(string command, OptionTable? table = null)
    {
        ArgWord[] argv = TestArgv.Parse(command);
        var tokens = new List<string>();
        var scan = new ArgScanner(argv, table ?? s_table);
        while (scan.MoveNext())
        {
            ArgToken t = scan.Current;
            tokens.Add(t.Kind switch
            {
                ArgTokenKind.ShortOption => "-" + t.Short + (t.Value is null ? string.Empty : "=" + t.Value),
                ArgTokenKind.LongOption => "--" + t.Long + (t.Value is null ? string.Empty : "=" + t.Value),
                _ => argv[t.Index].Value,
            });
        }

        return string.Join(" ", tokens);
    }

    [Theory]
    [InlineData("x -rn a", "-r -n=a")]
    [InlineData("x -rn5 a", "-r -n=5 a")]
    [InlineData("x -n 5 a", "-n=5 a")]
    [InlineData("x --lines 5 a", "--lines=5 a")]
    [InlineData("x --lines=5 a", "--lines=5 a")]
    [InlineData("x --verbose a", "--verbose a")]
    [InlineData("x a -v b", "a -v b")]
    [InlineData("x -- -v a", "-v a")]
    [InlineData("x - a", "- a")]
    [InlineData("x -n", "-n")]
    public void MoveNext_GnuStyle_SplitsOptionsAndOperands(string command, string expected) => Assert.Equal(expected, Scan(command));

    [Fact]
    public void MoveNext_NoPermutation_StopsAtFirstOperand() =>
        Assert.Equal("-0 rm -f x", Scan("xargs -0 rm -f x", new OptionTable(string.Empty, permute: false)));
}
