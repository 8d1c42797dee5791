using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Shell;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Shell;

public class ShellPropertyTests
{
    private static readonly string[] s_fragments =
    [
        "a", "rm", "-rf", " ", "  ", "\t", "'", "\"", "$(", ")", "(", "`", ";", "&&", "||", "|", "|&", "&", "\n", "<<", "<<-",
        "'EOF'", "EOF", "\\", "{", "}", "if", "then", "fi", "for", "in", "do", "done", "case", "esac", ";;", "#", "$", "*",
        "~", "=", "x=", "<", ">", ">>", "2>&1", "${", "$((", "))", "<(", ">(", "$'", "\uFF1B", "\0", "\\\n", "f()", "!",
    ];

    private static readonly string[] s_operators = [";", "&&", "||", "|", "|&", "&", "\n", " ; ", " && ", "\n\n"];

    private static Gen<string> ShellNoise =>
        Gen.ArrayOf(Gen.Elements(s_fragments)).Select(parts => string.Concat(parts));

    private static Gen<string> PlainWord =>
        Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-./_:".ToCharArray()))
            .Where(chars => chars.Length > 0)
            .Select(chars => new string(chars))
            .Where(w => w is not ("if" or "then" or "fi" or "for" or "do" or "done" or "case" or "esac" or "while" or "until"
                or "elif" or "else" or "function" or "select" or "coproc" or "in") && w[0] != '-');

    private static Gen<string> PlainCommand =>
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(PlainWord, n)).Select(words => string.Join(' ', words));

    [Fact]
    public void Analyze_ArbitraryShellNoise_NeverThrowsAndStaysLinear()
    {
        var analyzer = new ShellAnalyzer();
        Check.One(PropertyConfig.Bounded(500), Prop.ForAll(ShellNoise.ToArbitrary(), text =>
        {
            CommandLine line = analyzer.Analyze(text);
            foreach (SimpleCommand command in line.Commands)
            {
                if (!command.Span.IsInside(line.Source.Length))
                {
                    return false;
                }

                _ = command.GetCandidates(global::RuleEngine.Syntax.RuleBehavior.Allow);
                _ = command.GetCandidates(global::RuleEngine.Syntax.RuleBehavior.Deny);
            }

            return line.Steps <= (8L * (text.Length + 1)) + 64;
        }));
    }

    [Fact]
    public void Analyze_ArbitraryStrings_NeverThrows()
    {
        var analyzer = new ShellAnalyzer();
        Check.One(PropertyConfig.Bounded(500), Prop.ForAll<string>(text =>
        {
            CommandLine line = analyzer.Analyze(text ?? string.Empty);
            return line.Status is AnalysisStatus.Ok or AnalysisStatus.Unparseable or AnalysisStatus.TooComplex or AnalysisStatus.TooLong;
        }));
    }

    [Fact]
    public void Analyze_OperatorsInsideSingleQuotes_NeverSplit()
    {
        var analyzer = new ShellAnalyzer();
        Gen<string> payload = ShellNoise.Select(s => s.Replace("'", string.Empty).Replace("\0", string.Empty));
        Check.One(PropertyConfig.Bounded(300), Prop.ForAll(payload.ToArbitrary(), p =>
        {
            CommandLine line = analyzer.Analyze($"echo '{p}' x");
            return line.IsOk && line.Commands.Length == 1 && line.Commands[0].Arguments.Length == 3;
        }));
    }

    [Fact]
    public void Analyze_OperatorsInsideDoubleQuotes_NeverSplit()
    {
        var analyzer = new ShellAnalyzer();
        Gen<string> payload = ShellNoise.Select(s => new string(s.Where(c => c is not ('"' or '\\' or '$' or '`' or '\0')).ToArray()));
        Check.One(PropertyConfig.Bounded(300), Prop.ForAll(payload.ToArbitrary(), p =>
        {
            CommandLine line = analyzer.Analyze($"echo \"{p}\" x");
            return line.IsOk && line.Commands.Length == 1 && line.Commands[0].Arguments.Length == 3;
        }));
    }

    [Fact]
    public void Analyze_GeneratedCompound_YieldsExactlyTheParts()
    {
        var analyzer = new ShellAnalyzer();
        Gen<(string[] Commands, string[] Operators)> compound =
            Gen.Choose(1, 8).SelectMany(n =>
                Gen.ArrayOf(PlainCommand, n).SelectMany(commands =>
                    Gen.ArrayOf(Gen.Elements(s_operators), n - 1).Select(ops => (commands, ops))));
        Check.One(PropertyConfig.Bounded(300), Prop.ForAll(compound.ToArbitrary(), c =>
        {
            var text = new System.Text.StringBuilder(c.Commands[0]);
            for (int i = 1; i < c.Commands.Length; i++)
            {
                text.Append(c.Operators[i - 1]).Append(c.Commands[i]);
            }

            CommandLine line = analyzer.Analyze(text.ToString());
            if (!line.IsOk || line.Commands.Length != c.Commands.Length)
            {
                return false;
            }

            for (int i = 0; i < c.Commands.Length; i++)
            {
                if (!line.Commands[i].RawText.SequenceEqual(c.Commands[i]))
                {
                    return false;
                }
            }

            return true;
        }));
    }

    [Theory]
    [InlineData("npm test --flag 'quoted && x' \"dq $(date) y\" && ")]
    [InlineData("a|")]
    [InlineData("echo ${x:-$(ls)} `pwd`; ")]
    [InlineData("x")]
    [InlineData("[")]
    [InlineData("a=b; $a; ")]
    [InlineData("v1=a;v2=b;v3=c;v4=d;v5=e;v6=f;v7=g;v8=h;v9=i;v10=j;v11=k;v12=l;v13=m;v14=n;v15=o;v16=p;v17=q;v18=r;$v18;")]
    [InlineData("cat <<E\n$(x)\nE\n")]
    [InlineData("'a;b' \"c;d\" ")]
    public void Analyze_OneMegabyte_TakesLinearSteps(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length)) + "end";
        CommandLine line = new ShellAnalyzer().Analyze(text);
        Assert.Equal(AnalysisStatus.TooLong, line.Status);
        Assert.True(line.Steps <= 4L * text.Length, $"{line.Steps} steps for {text.Length} chars");
        Assert.True(line.Steps >= text.Length / 2, $"step counter not wired: {line.Steps}");
    }

    [Theory]
    [InlineData("$(", ")")]
    [InlineData("( ", " )")]
    [InlineData("{ ", "; }")]
    [InlineData("\"$(", ")\"")]
    [InlineData("<(", ")")]
    [InlineData("if true; then ", "; fi")]
    [InlineData("while true; do ", "; done")]
    [InlineData("${x:-", "}")]
    [InlineData("$((", "))")]
    [InlineData("$[", "]")]
    [InlineData("\"${x:-", "}\"")]
    public void Analyze_DeepNesting_IsTooComplexNotStackOverflow(string open, string close)
    {
        string prefix = open[0] is '$' or '"' or '<' ? "echo " : string.Empty;
        string Nest(int depth) => prefix + string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));

        Assert.Equal(AnalysisStatus.Ok, new ShellAnalyzer().Analyze(Nest(ShellParser.MaxDepth - 2)).Status);
        CommandLine deep = new ShellAnalyzer().Analyze(Nest(400));
        Assert.Equal(AnalysisStatus.TooComplex, deep.Status);

        string huge = Nest(100_000);
        CommandLine line = new ShellAnalyzer().Analyze(huge);
        Assert.Equal(AnalysisStatus.TooLong, line.Status);
        Assert.True(line.Steps <= 8L * huge.Length);
    }

    [Fact]
    public void Analyze_LongChainUnderLimit_EvaluatesEverySubcommand()
    {
        string text = string.Join(" && ", Enumerable.Repeat("npm test", 400));
        CommandLine line = new ShellAnalyzer().Analyze(text);
        Assert.True(line.IsOk);
        Assert.Equal(400, line.Commands.Length);
    }
}
