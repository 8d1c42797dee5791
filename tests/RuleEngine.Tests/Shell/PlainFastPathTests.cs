using System.Text;
using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Shell;
using RuleEngine.Syntax;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Shell;

/// <summary>
/// The plain-line fast path of the shell parser must give exactly the analysis of the full parser: the same
/// status, flags, commands, words, terminators and candidate strings. Generated lines mix plain words,
/// assignments, reserved words, wrappers and every list operator with odd spacing, plus a few characters
/// that force the full parser, so both the accepted and the abandoned branches are exercised.
/// </summary>
public class PlainFastPathTests
{
    private static readonly string[] s_words =
    [
        "git", "status", "-n", "--short", "--x=1", "A=1", "FOO_BAR=x", "a=b=c", "x+=1", "1A=2", "./bin/run", "/usr/bin/rm", "rm",
        "-rf", "if", "then", "fi", "done", "do", "case", "esac", "for", "while", "until", "function", "select", "coproc", "in",
        "time", "nohup", "timeout", "5", "-s", "KILL", "sudo", "bash", "sh", "-c", "eval", "source", ".", "xargs", "env",
        "command", "builtin", "npm", "run", "build", "--", "@scope/pkg", "a,b", "x:y", "%s", "^x", "cd", "..", "exec",
    ];

    private static readonly string[] s_operators = [";", " ; ", "; ", "&&", " && ", "||", " || ", "|", " | ", "|&", " |& "];

    private static readonly string[] s_odd = ["&", " & ", ";;", ";&", "&&&", "", ";", "&&", "  "];

    private static readonly string[] s_redirections =
    [
        ">", ">>", "> ", ">> ", "2>&1", ">&2", "1>&2", "2>", "2> ", "&>", "&>>", "&> ", "<", "< ", "<&", "<&0", "<>", ">|", "1>", "10>", "2>&-",
        ">&", ">& ", "<<", "<<<", "<< ", "0<", "99999999>", "2>>", ">out.txt", "2>/dev/null", "</dev/null",
    ];

    private static readonly string[] s_rare = ["$x", "'q'", "\"q\"", "#c", "(", ")", "\t", "\n", "~", "é", "*", "{a,b}", "2>&1", "> f", "!", "\\ "];

    // A command: 1–4 words (mostly plain, sometimes a character the full parser must handle), blank-separated.
    private static Gen<string> Command =>
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Frequency((30, Gen.Elements(s_words)), (4, Gen.Elements(s_redirections)), (1, Gen.Elements(s_rare))), n))
            .SelectMany(words => Gen.Elements(" ", " ", "  ").Select(gap => string.Join(gap, words)));

    // A line: commands joined by list operators, sometimes odd ones (empty commands, background, `;;`), with
    // optional leading and trailing blanks or operators.
    private static Gen<string> Lines =>
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Command, n)).SelectMany(commands =>
            Gen.ArrayOf(Gen.Frequency((12, Gen.Elements(s_operators)), (1, Gen.Elements(s_odd))), commands.Length + 1)
                .SelectMany(ops => Gen.Elements("", "", "", " ", ";", " ;").Select(lead =>
                {
                    var b = new StringBuilder(lead);
                    for (int i = 0; i < commands.Length; i++)
                    {
                        b.Append(commands[i]);
                        if (i < commands.Length - 1)
                        {
                            b.Append(ops[i]);
                        }
                    }

                    // Usually nothing after the last command; sometimes a trailing operator.
                    return ops[^1].Length > 0 && ops[^1][0] == ';' ? b.Append(ops[^1]).ToString() : b.ToString();
                })));

    [Fact]
    public void FastPath_GivesTheFullParsersAnalysis()
    {
        var fast = new ShellAnalyzer("/home/u");
        var full = new ShellAnalyzer("/home/u");
        full.Parser.PlainFastPath = false;
        int plain = 0;
        int total = 0;
        Check.One(PropertyConfig.Bounded(3000), Prop.ForAll(Lines.ToArbitrary(), text =>
        {
            string expected = Snapshot(full.Analyze(text));
            string actual = Snapshot(fast.Analyze(text));
            plain += fast.Parser.LastParseWasPlain ? 1 : 0;
            total++;
            Assert.False(full.Parser.LastParseWasPlain);
            Assert.Equal(expected, actual);
        }));

        // The generator must reach both branches often, or the property proves nothing about one of them.
        Assert.True(plain > total / 5 && total - plain > total / 5, $"{plain} of {total} generated lines took the fast path");
    }

    [Fact]
    public void FastPath_GivesTheFullParsersAnalysis_OnLinesLongerThanOneBitBlock()
    {
        // 64 characters per bit block: long lines put words, `=` and operators across block boundaries.
        string[] ordinary = [.. s_words.Where(w => w is not ("if" or "then" or "fi" or "done" or "do" or "case" or "esac" or "for" or "while"
            or "until" or "function" or "select" or "coproc"))];
        Gen<string> plainCommand = Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Gen.Elements(ordinary), n)).Select(words => string.Join(' ', words));
        Gen<string> longLines = Gen.Choose(4, 40).SelectMany(n => Gen.ArrayOf(Gen.Frequency((40, plainCommand), (1, Command)), n))
            .SelectMany(commands => Gen.Elements(" && ", ";", "|", " || ").Select(op => string.Join(op, commands)));
        var fast = new ShellAnalyzer("/home/u");
        var full = new ShellAnalyzer("/home/u");
        full.Parser.PlainFastPath = false;
        int plainLong = 0;
        Check.One(PropertyConfig.Bounded(500), Prop.ForAll(longLines.ToArbitrary(), text =>
        {
            Assert.Equal(Snapshot(full.Analyze(text)), Snapshot(fast.Analyze(text)));
            plainLong += fast.Parser.LastParseWasPlain && text.Length > 128 ? 1 : 0;
        }));

        Assert.True(plainLong > 20, $"only {plainLong} lines over 128 characters took the fast path");
    }

    [Fact]
    public void OneCopyRendering_GivesTheWordByWordCandidates()
    {
        var analyzer = new ShellAnalyzer("/home/u");
        Check.One(PropertyConfig.Bounded(2000), Prop.ForAll(Lines.ToArbitrary(), text =>
        {
            string oneCopy = Snapshot(analyzer.Analyze(text));
            SimpleCommand.WordByWordOnly = true;
            try
            {
                Assert.Equal(Snapshot(analyzer.Analyze(text)), oneCopy);
            }
            finally
            {
                SimpleCommand.WordByWordOnly = false;
            }
        }));
    }

    [Fact]
    public void SoleCandidate_IsExactlyWhatEveryListWouldRender()
    {
        var analyzer = new ShellAnalyzer("/home/u");
        int sole = 0;
        int total = 0;
        Check.One(PropertyConfig.Bounded(2000), Prop.ForAll(Lines.ToArbitrary(), text =>
        {
            foreach (SimpleCommand command in analyzer.Analyze(text).Commands)
            {
                total++;
                if (!command.TryGetSoleCandidate(out char[] buffer, out int start, out int length))
                {
                    continue;
                }

                sole++;
                string expected = new(buffer, start, length);
                Assert.False(CompoundGuard.StillSplits(expected));
                foreach (RuleBehavior list in new[] { RuleBehavior.Allow, RuleBehavior.Ask, RuleBehavior.Deny })
                {
                    ReadOnlySpan<Candidate> candidates = command.GetCandidates(list);
                    Assert.Equal(1, candidates.Length);
                    Assert.Equal(CandidateUse.Exact | CandidateUse.Pattern, candidates[0].Use);
                    Assert.Equal(expected, command.CandidateText(in candidates[0]).ToString());
                }

                // The display text it stands in for: rendered with the raw command word, no redirections.
                Assert.Equal(expected, command.RenderDisplayText().ToString());
            }
        }));

        Assert.True(sole > total / 5 && total - sole > total / 5, $"{sole} of {total} generated commands had a sole candidate");
    }

    [Theory]
    [InlineData("timeout")]
    [InlineData("time")]
    [InlineData("nice")]
    [InlineData("stdbuf")]
    [InlineData("nohup")]
    [InlineData("command")]
    [InlineData("builtin")]
    [InlineData("noglob")]
    [InlineData("env")]
    [InlineData("sudo")]
    [InlineData("doas")]
    [InlineData("pkexec")]
    [InlineData("watch")]
    [InlineData("ionice")]
    [InlineData("setsid")]
    [InlineData("taskset")]
    [InlineData("chrt")]
    [InlineData("strace")]
    [InlineData("ltrace")]
    [InlineData("flock")]
    [InlineData("script")]
    [InlineData("unshare")]
    [InlineData("nsenter")]
    [InlineData("sandbox-exec")]
    [InlineData("exec")]
    public void EveryWrapper_IsOneTheOrdinaryCheckLooksAt(string wrapper)
    {
        // IsOrdinary skips the wrapper checks for words MayWrap rules out: every word those checks strip must be in it.
        var analyzer = new ShellAnalyzer();
        foreach (string line in new[] { $"{wrapper} -n 5 1 x y", $"{wrapper} x y", $"{wrapper} -- x", $"{wrapper} 5 x", $"{wrapper} -oL x", $"{wrapper} 1 x y" })
        {
            SimpleCommand command = analyzer.Analyze(line).Commands[0];
            if (CommandNormalizer.SkipSafeWrapper(command, 0) >= 0 || CommandNormalizer.SkipExecWrapper(command, 0) >= 0)
            {
                Assert.True(CommandNormalizer.MayWrap(wrapper));
                Assert.False(command.TryGetSoleCandidate(out _, out _, out _));
                return;
            }
        }

        Assert.Fail($"`{wrapper}` was not stripped as a wrapper in any test line");
    }

    [Theory]
    [InlineData("npm run build -- --verbose --workspace=packages/api --if-present", 1)]
    [InlineData("git status --short && npm run build -- --verbose && git log -n 5", 3)]
    [InlineData("FOO=1 timeout 5 rm -rf x", 1)]
    [InlineData("ls -la | grep x |& wc -l; echo done;", 4)]
    [InlineData("NODE_ENV=test npm run test -- --watch=false --reporter=dot src/components 2>&1", 1)]
    [InlineData("npm run build > /dev/null 2>&1 && cat out.log >> all.log", 2)]
    [InlineData("a || b", 2)]
    public void TypicalCommands_TakeTheFastPath(string text, int commands)
    {
        var analyzer = new ShellAnalyzer();
        CommandLine line = analyzer.Analyze(text);
        Assert.True(analyzer.Parser.LastParseWasPlain);
        Assert.True(line.IsOk);
        Assert.Equal(commands, line.Commands.Length);
    }

    [Theory]
    [InlineData("echo 'a b'")]
    [InlineData("npm test &")]
    [InlineData("npm test &&")]
    [InlineData("; ls")]
    [InlineData("if true")]
    [InlineData("ls\nrm x")]
    [InlineData("ls\trm")]
    [InlineData("rm $HOME")]
    [InlineData("echo ；rm")]
    [InlineData("cat <<EOF")]
    [InlineData("cat <<< x")]
    [InlineData("echo >")]
    [InlineData("echo > ;")]
    [InlineData("diff <(ls) x")]
    [InlineData("a ;; b")]
    public void OtherLines_UseTheFullParser(string text)
    {
        var analyzer = new ShellAnalyzer();
        analyzer.Analyze(text);
        Assert.False(analyzer.Parser.LastParseWasPlain);
    }

    private static string Snapshot(CommandLine line)
    {
        var b = new StringBuilder();
        b.Append($"{line.Status}|{line.Reason}|{line.ReasonPosition}|{line.Flags}|{line.TrimOffset}\n");
        foreach (SimpleCommand c in line.Commands)
        {
            b.Append($"cmd {c.Index} {c.Span} {c.Context} {c.Terminator} {c.IsCompoundRedirection} {c.AssignmentCount} r{c.Redirections.Length} h{c.Heredocs.Length}\n");
            foreach (ShellWord w in c.Words)
            {
                b.Append($"  w {w.Span} {w.Flags} [{line.Value(in w).ToString()}]\n");
            }

            foreach (ShellRedirection r in c.Redirections)
            {
                b.Append($"  r {r.Span} fd={r.Fd} {r.Kind} {r.Target.Span} {r.Target.Flags} [{line.Value(r.Target).ToString()}] h={r.HeredocIndex}\n");
            }

            foreach (RuleBehavior list in new[] { RuleBehavior.Allow, RuleBehavior.Deny })
            {
                foreach (Candidate candidate in c.GetCandidates(list))
                {
                    b.Append($"  {list} {candidate.Use} [{c.CandidateText(in candidate).ToString()}]\n");
                }
            }

            b.Append($"  display [{c.DisplayText.ToString()}] truncated={c.StagesTruncated}\n");
        }

        return b.ToString();
    }
}
