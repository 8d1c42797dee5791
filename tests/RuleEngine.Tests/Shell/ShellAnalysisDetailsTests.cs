using RuleEngine.Shell;
using RuleEngine.Syntax;
using static RuleEngine.Tests.Shell.ShellTestHelpers;

namespace RuleEngine.Tests.Shell;

public class ShellAnalysisDetailsTests
{
    [Theory]
    [InlineData("echo $(rm x)", CommandContext.CommandSubstitution)]
    [InlineData("echo `rm x`", CommandContext.Backticks)]
    [InlineData("diff <(rm x) a", CommandContext.ProcessSubstitution)]
    [InlineData("echo >(rm x)", CommandContext.ProcessSubstitution)]
    [InlineData("(rm x)", CommandContext.Subshell)]
    [InlineData("{ rm x; }", CommandContext.BraceGroup)]
    [InlineData("f() { rm x; }", CommandContext.FunctionBody | CommandContext.BraceGroup)]
    [InlineData("if a; then rm x; fi", CommandContext.ControlStructure)]
    [InlineData("(echo $(rm x))", CommandContext.Subshell | CommandContext.CommandSubstitution)]
    [InlineData("cat <<EOF\n$(rm x)\nEOF", CommandContext.HeredocBody | CommandContext.CommandSubstitution)]
    public void Analyze_NestedCommand_RecordsContext(string command, object expected)
    {
        CommandLine line = Analyze(command);
        Assert.True(line.IsOk, line.Reason);
        SimpleCommand rm = line.Commands.ToArray().Single(c => c.CommandName.SequenceEqual("rm"));
        Assert.Equal((CommandContext)expected, rm.Context);
    }

    [Fact]
    public void Analyze_TopLevelCommand_HasNoContext()
    {
        Assert.Equal(CommandContext.None, Analyze("ls && rm x").Commands[1].Context);
    }

    [Theory]
    [InlineData("echo $(date)", CommandLineFlags.UnresolvedSubstitution)]
    [InlineData("echo `date`", CommandLineFlags.UnresolvedSubstitution)]
    [InlineData("cat <(ls)", CommandLineFlags.ProcessSubstitution)]
    [InlineData("node <<EOF\nx\nEOF", CommandLineFlags.UnquotedHeredoc)]
    [InlineData("node <<'EOF'\nx\nEOF", CommandLineFlags.QuotedHeredoc)]
    [InlineData("(npm test)", CommandLineFlags.Subshell)]
    [InlineData("{ npm test; }", CommandLineFlags.BraceGroup)]
    [InlineData("f() { x; }", CommandLineFlags.FunctionDefinition)]
    [InlineData("while a; do b; done", CommandLineFlags.ControlStructure)]
    [InlineData("npm run build &", CommandLineFlags.Background)]
    [InlineData("ls | wc", CommandLineFlags.Pipe)]
    [InlineData("cat \"$FOO\"", CommandLineFlags.Variable)]
    [InlineData("echo $1", CommandLineFlags.Variable)]
    [InlineData("ls ${HOME}", CommandLineFlags.BracedVariable)]
    [InlineData("echo $HOME", CommandLineFlags.HomeVariable)]
    [InlineData("ls ~/x", CommandLineFlags.Tilde)]
    [InlineData("echo $'\\x72'", CommandLineFlags.AnsiCQuote)]
    [InlineData("ls my\\ dir", CommandLineFlags.EscapedWhitespace)]
    [InlineData("eval \"rm x\"", CommandLineFlags.EvalLike)]
    [InlineData("source ./env.sh", CommandLineFlags.EvalLike)]
    [InlineData(". ./env.sh", CommandLineFlags.EvalLike)]
    [InlineData("exec npm test", CommandLineFlags.EvalLike)]
    [InlineData("alias x=y", CommandLineFlags.EvalLike)]
    [InlineData("nocorrect npm test", CommandLineFlags.EvalLike)]
    [InlineData("bash -c 'rm -rf x'", CommandLineFlags.ShellScript)]
    [InlineData("nohup eval 'rm -rf x'", CommandLineFlags.EvalLike)]
    [InlineData("command eval x", CommandLineFlags.EvalLike)]
    [InlineData("FOO=1 timeout 5 builtin source x", CommandLineFlags.EvalLike)]
    [InlineData("sudo -u root bash -c 'rm -rf x'", CommandLineFlags.ShellScript)]
    [InlineData("env A=1 /bin/sh -c x", CommandLineFlags.ShellScript)]
    [InlineData("sh -ec 'curl x'", CommandLineFlags.ShellScript)]
    [InlineData("x=rm; $x -rf y", CommandLineFlags.ResolvedVariable)]
    [InlineData("git commit -m \"$(cat <<'EOF'\nmsg\nEOF\n)\"", CommandLineFlags.StaticHeredocSubstitution)]
    [InlineData("echo $((1+2))", CommandLineFlags.Arithmetic)]
    [InlineData("ls *.ts", CommandLineFlags.Glob)]
    [InlineData("rm {a,b}", CommandLineFlags.BraceExpansion)]
    [InlineData("FOO=1", CommandLineFlags.AssignmentOnly)]
    [InlineData("npm test >> log.txt", CommandLineFlags.OutputRedirection)]
    [InlineData("npm test # why", CommandLineFlags.Comment)]
    public void Analyze_Construct_SetsLineFlag(string command, object flagValue)
    {
        var flag = (CommandLineFlags)flagValue;
        CommandLine line = Analyze(command);
        Assert.True(line.IsOk, line.Reason);
        Assert.True(line.Has(flag), $"{flag} missing in {line.Flags}");
    }

    [Theory]
    [InlineData("echo $((1+2))", CommandLineFlags.Variable | CommandLineFlags.UnresolvedSubstitution)]
    [InlineData("echo '$(date)' '$X'", CommandLineFlags.Variable | CommandLineFlags.UnresolvedSubstitution)]
    [InlineData("echo \"*.ts\" '~'", CommandLineFlags.Glob | CommandLineFlags.Tilde)]
    [InlineData("git commit -m \"$(cat <<'EOF'\nmsg\nEOF\n)\"", CommandLineFlags.UnresolvedSubstitution)]
    [InlineData("x=rm; $x -rf y", CommandLineFlags.Variable)]
    [InlineData("find . -exec ls {} \\;", CommandLineFlags.BraceExpansion)]
    [InlineData("echo $HOME", CommandLineFlags.Variable | CommandLineFlags.BracedVariable)]
    [InlineData("[ -f x ]", CommandLineFlags.Glob)]
    public void Analyze_Construct_DoesNotSetLineFlag(string command, object flagsValue)
    {
        var flags = (CommandLineFlags)flagsValue;
        CommandLine line = Analyze(command);
        Assert.True(line.IsOk, line.Reason);
        Assert.False(line.Has(flags), $"unexpected {line.Flags & flags}");
    }

    [Theory]
    [InlineData("x=rm | $x -rf y")]
    [InlineData("x=\"rm -rf\"; $x y")]
    [InlineData("x=rm; read x; $x -rf y")]
    [InlineData("x=rm; (x=ls); $x -rf y")]
    [InlineData("x=rm & $x -rf y")]
    [InlineData("x=rm; x+=ls; $x -rf y")]
    [InlineData("x=rm; x[0]=ls; $x -rf y")]
    [InlineData("x=rm; : ${x:=ls}; $x -rf y")]
    [InlineData("x=rm; for x in ls; do :; done; $x -rf y")]
    [InlineData("x=rm; export x=ls; $x -rf y")]
    [InlineData("x=rm; f() { x=ls; }; f; $x -rf y")]
    [InlineData("x=rm; { : ${x:=ls}; }; $x -rf y")]
    public void Analyze_UnsafeVariableResolution_IsNotResolved(string command)
    {
        CommandLine line = Analyze(command);
        Assert.False(line.Has(CommandLineFlags.ResolvedVariable));
        Assert.True(line.Has(CommandLineFlags.Variable));
    }

    [Fact]
    public void Analyze_SimpleVariableResolution_MatchesDenyRule()
    {
        CommandLine line = Analyze("x=rm; $x -rf y");
        SimpleCommand command = line.Commands[1];
        Assert.Equal("rm", command.CommandName.ToString());
        Assert.True(BashPattern.Compile("rm *").Matches(command, RuleBehavior.Deny));
    }

    [Theory]
    [InlineData("npm test 2>> log.txt", 2, RedirectionKind.Append, "log.txt")]
    [InlineData("npm test > out", -1, RedirectionKind.Output, "out")]
    [InlineData("npm test >| out", -1, RedirectionKind.Clobber, "out")]
    [InlineData("npm test >&2", -1, RedirectionKind.DuplicateOutput, "2")]
    [InlineData("npm test 2>&1", 2, RedirectionKind.DuplicateOutput, "1")]
    [InlineData("npm test 2>&-", 2, RedirectionKind.DuplicateOutput, "-")]
    [InlineData("npm test >& out.txt", -1, RedirectionKind.OutputAndError, "out.txt")]
    [InlineData("npm test &> out.txt", -1, RedirectionKind.OutputAndError, "out.txt")]
    [InlineData("npm test &>> out.txt", -1, RedirectionKind.AppendOutputAndError, "out.txt")]
    [InlineData("npm test < \"in file\"", -1, RedirectionKind.Input, "in file")]
    [InlineData("npm test <> f", -1, RedirectionKind.ReadWrite, "f")]
    [InlineData("npm test 0<&3", 0, RedirectionKind.DuplicateInput, "3")]
    [InlineData("cat <<< 'hi there'", -1, RedirectionKind.HereString, "hi there")]
    [InlineData("> out.txt npm test", -1, RedirectionKind.Output, "out.txt")]
    [InlineData("echo x > ~/log.txt", -1, RedirectionKind.Output, "~/log.txt")]
    public void Analyze_Redirection_RecordsFdKindAndTarget(string command, int fd, object kind, string target)
    {
        CommandLine line = Analyze(command);
        Assert.True(line.IsOk, line.Reason);
        ShellRedirection redirection = Assert.Single(line.Commands[0].Redirections.ToArray());
        Assert.Equal(fd, redirection.Fd);
        Assert.Equal((RedirectionKind)kind, redirection.Kind);
        Assert.Equal(target, line.Value(redirection.Target).ToString());
    }

    [Fact]
    public void Analyze_Redirection_IsNotAnArgument()
    {
        SimpleCommand command = Analyze("npm test > out.txt --flag").Commands[0];
        Assert.Equal(["npm", "test", "--flag"], Values(command));
        Assert.True(command.Redirections[0].WritesFile);
        Assert.Equal("npm test > out.txt --flag", command.ToString());
    }

    [Theory]
    [InlineData("cat <<EOF\nhello $X\nEOF", "hello $X\n", false, false)]
    [InlineData("cat <<'EOF'\nhello\n\nEOF", "hello\n\n", true, false)]
    [InlineData("cat <<\"EOF\"\nx\nEOF", "x\n", true, false)]
    [InlineData("cat <<-EOF\n\tx\n\tEOF", "\tx\n", false, true)]
    [InlineData("cat << EOF\nEOF", "", false, false)]
    public void Analyze_Heredoc_RecordsBodyAndQuoting(string command, string body, bool quoted, bool stripTabs)
    {
        CommandLine line = Analyze(command);
        Assert.True(line.IsOk, line.Reason);
        ShellHeredoc heredoc = Assert.Single(line.Commands[0].Heredocs.ToArray());
        Assert.Equal(body, line.Text(heredoc.Body).ToString());
        Assert.Equal(quoted, heredoc.QuotedDelimiter);
        Assert.Equal(stripTabs, heredoc.StripTabs);
        Assert.Equal("EOF", line.Text(heredoc.Delimiter).ToString().Trim('\'', '"'));
    }

    [Fact]
    public void Analyze_StaticHeredocSubstitution_ResolvesToText()
    {
        CommandLine line = Analyze("git commit -m \"$(cat <<'EOF'\nfix: a\nEOF\n)\"");
        SimpleCommand command = Assert.Single(line.Commands.ToArray());
        Assert.Equal("fix: a", command.Argument(3).ToString());
        Assert.True(command.Arguments[3].Has(WordFlags.StaticHeredoc));
        Assert.False(line.Has(CommandLineFlags.UnresolvedSubstitution));
        Assert.Equal("git commit -m 'fix: a'", command.CandidateText(command.GetCandidates(RuleBehavior.Allow)[0]).ToString());
    }

    [Theory]
    [InlineData("git commit -m \"$(cat <<EOF\nfix\nEOF\n)\"")]
    [InlineData("git commit -m \"$(cat -n <<'EOF'\nfix\nEOF\n)\"")]
    [InlineData("git commit -m \"x$(cat <<'EOF'\nfix\nEOF\n)\"")]
    [InlineData("git commit -m \"$(cat <<'EOF'\nfix\nEOF\n; rm x)\"")]
    public void Analyze_NonStaticHeredocSubstitution_StaysUnresolved(string command)
    {
        CommandLine line = Analyze(command);
        Assert.False(line.Has(CommandLineFlags.StaticHeredocSubstitution));
        Assert.True(line.Has(CommandLineFlags.UnresolvedSubstitution) || !line.IsOk);
    }

    [Theory]
    [InlineData("a; b", CommandTerminator.Semicolon)]
    [InlineData("a && b", CommandTerminator.And)]
    [InlineData("a || b", CommandTerminator.Or)]
    [InlineData("a | b", CommandTerminator.Pipe)]
    [InlineData("a |& b", CommandTerminator.PipeWithStderr)]
    [InlineData("a & b", CommandTerminator.Background)]
    [InlineData("a\nb", CommandTerminator.Newline)]
    public void Analyze_Operator_RecordsTerminator(string command, object terminator)
    {
        CommandLine line = Analyze(command);
        Assert.Equal((CommandTerminator)terminator, line.Commands[0].Terminator);
        Assert.Equal(CommandTerminator.None, line.Commands[1].Terminator);
    }

    [Theory]
    [InlineData("FOO=1 A+=2 B[0]=3 cmd X=4", 3, new[] { "FOO=1", "A+=2", "B[0]=3", "cmd", "X=4" })]
    [InlineData("FOO='a b' cmd", 1, new[] { "FOO=a b", "cmd" })]
    [InlineData("cmd FOO=1", 0, new[] { "cmd", "FOO=1" })]
    [InlineData("=x cmd", 0, new[] { "=x", "cmd" })]
    public void Analyze_Assignments_AreLeadingOnly(string command, int assignments, string[] values)
    {
        SimpleCommand simple = Analyze(command).Commands[0];
        Assert.Equal(assignments, simple.AssignmentCount);
        Assert.Equal(values, Values(simple));
    }

    [Theory]
    [InlineData("'a b'", WordFlags.SingleQuoted)]
    [InlineData("\"a\"", WordFlags.DoubleQuoted)]
    [InlineData("*.ts", WordFlags.UnquotedGlob)]
    [InlineData("a?", WordFlags.UnquotedGlob)]
    [InlineData("[ab]", WordFlags.UnquotedGlob)]
    [InlineData("~/x", WordFlags.LeadingTilde)]
    [InlineData("$HOME/x", WordFlags.HomeVariable)]
    [InlineData("${HOME}", WordFlags.HomeVariable | WordFlags.BracedVariable)]
    [InlineData("$FOO", WordFlags.Variable)]
    [InlineData("${FOO}", WordFlags.Variable | WordFlags.BracedVariable)]
    [InlineData("$(x)", WordFlags.CommandSubstitution)]
    [InlineData("`x`", WordFlags.CommandSubstitution | WordFlags.Backticks)]
    [InlineData("<(x)", WordFlags.ProcessSubstitution)]
    [InlineData("$((1))", WordFlags.Arithmetic)]
    [InlineData("$((x+1))", WordFlags.Arithmetic | WordFlags.Variable)]
    [InlineData("a\\ b", WordFlags.Escaped | WordFlags.EscapedWhitespace)]
    [InlineData("{a,b}", WordFlags.BraceExpansion)]
    [InlineData("{1..3}", WordFlags.BraceExpansion)]
    [InlineData("a\\\nb", WordFlags.LineContinuation)]
    public void Analyze_Word_RecordsFlags(string word, object expected)
    {
        SimpleCommand command = Analyze("echo " + word).Commands[0];
        Assert.Equal((WordFlags)expected, command.Arguments[1].Flags);
    }

    [Fact]
    public void Analyze_TildeAndHome_AreDistinguishable()
    {
        CommandLine line = Analyze("ls ~ $HOME ${HOME} '~' \"$HOME\"", home: "/home/alice");
        SimpleCommand command = line.Commands[0];
        Assert.True(command.Arguments[1].Has(WordFlags.LeadingTilde));
        Assert.True(command.Arguments[2].Has(WordFlags.HomeVariable) && !command.Arguments[2].Has(WordFlags.BracedVariable));
        Assert.True(command.Arguments[3].Has(WordFlags.BracedVariable));
        Assert.False(command.Arguments[4].Has(WordFlags.LeadingTilde));
        Assert.Equal("/home/alice", command.Argument(5).ToString());
    }

    [Fact]
    public void Analyze_OverLength_IsTooLongButListsCommands()
    {
        string text = "npm test " + new string('x', 10_000);
        CommandLine line = Analyze(text);
        Assert.Equal(AnalysisStatus.TooLong, line.Status);
        Assert.Single(line.Commands.ToArray());
        Assert.Equal(AnalysisStatus.Ok, Analyze(new string('x', 9_995)).Status);
    }

    [Fact]
    public void Analyze_Failure_HasReasonAndPosition()
    {
        CommandLine line = Analyze("echo \"abc");
        Assert.Equal(AnalysisStatus.Unparseable, line.Status);
        Assert.Equal("unterminated double quote", line.Reason);
        Assert.Equal(5, line.ReasonPosition);
    }

    [Fact]
    public void Analyze_ReusedAnalyzer_DoesNotLeakPreviousCommands()
    {
        var analyzer = new ShellAnalyzer();
        analyzer.Analyze("a && b && c $(d)");
        CommandLine line = analyzer.Analyze("x");
        Assert.Equal("x", Assert.Single(line.Commands.ToArray()).ToString());
        Assert.Equal(CommandLineFlags.None, line.Flags);
    }

    [Fact]
    public void Candidates_DenyList_ContainsEveryStrippingStage()
    {
        SimpleCommand command = Analyze("FOO=1 sudo -u root  /bin/rm -rf x > out").Commands[0];
        string[] texts = command.GetCandidates(RuleBehavior.Deny).ToArray().Select(c => command.CandidateText(c).ToString()).ToArray();
        Assert.Contains("FOO=1 sudo -u root  /bin/rm -rf x > out", texts);
        Assert.Contains("sudo -u root  /bin/rm -rf x", texts);
        Assert.Contains("sudo -u root /bin/rm -rf x", texts);
        Assert.Contains("/bin/rm -rf x", texts);
        Assert.Contains("rm -rf x", texts);
        string[] allow = command.GetCandidates(RuleBehavior.Allow).ToArray().Select(c => command.CandidateText(c).ToString()).ToArray();
        Assert.DoesNotContain("rm -rf x", allow);
        Assert.DoesNotContain("sudo -u root /bin/rm -rf x", allow);
    }

    [Fact]
    public void DisplayText_RemovesRedirectionsAndHeredoc_KeepsQuoting()
    {
        Assert.Equal("python3 -", Analyze("python3 - <<'EOF'\nx\nEOF").Commands[0].DisplayText.ToString());
        Assert.Equal("'rm' -rf x", Analyze("'rm' -rf x 2>/dev/null").Commands[0].DisplayText.ToString());
    }

    [Theory]
    [InlineData("bash -c 'rm -rf x'", 2, "rm -rf x")]
    [InlineData("sh -ec \"curl x\"", 2, "curl x")]
    [InlineData("/bin/zsh -x -c 'ls' arg0", 3, "ls")]
    [InlineData("bash script.sh", -1, null)]
    [InlineData("python -c 'x'", -1, null)]
    public void TryGetShellScript_Invocation_FindsScriptWord(string command, int index, string? script)
    {
        SimpleCommand simple = Analyze(command).Commands[0];
        bool found = CommandNormalizer.TryGetShellScript(simple, out int argument);
        Assert.Equal(index >= 0, found);
        Assert.Equal(index, argument);
        if (script is not null)
        {
            Assert.Equal(script, simple.Argument(argument).ToString());
        }
    }

    [Fact]
    public void Analyze_UnparseableTail_KeepsEarlierCommandsForDenyMatching()
    {
        CommandLine line = Analyze("rm -rf x && echo \"unterminated");
        Assert.Equal(AnalysisStatus.Unparseable, line.Status);
        Assert.Equal("rm -rf x", line.Commands[0].ToString());
        Assert.True(BashPattern.Compile("rm *").Matches(line.Commands[0], RuleBehavior.Deny));
        Assert.Equal("echo", line.Commands[1].ToString());
    }

    [Fact]
    public void Analyze_LeadingWhitespace_ReportsTrimOffset()
    {
        CommandLine line = Analyze("   ls -la  ");
        Assert.Equal(3, line.TrimOffset);
        Assert.Equal(new TextSpan(0, 6), line.Commands[0].Span);
    }

    [Fact]
    public void Analyze_CompoundRedirection_BecomesWordlessCommand()
    {
        CommandLine line = Analyze("{ npm test; npm run build; } >> log.txt 2>&1");
        Assert.True(line.Has(CommandLineFlags.CompoundRedirection | CommandLineFlags.OutputRedirection));
        SimpleCommand redirections = line.Commands[2];
        Assert.True(redirections.IsCompoundRedirection);
        Assert.False(redirections.HasCommandWord);
        Assert.Equal(2, redirections.Redirections.Length);
        Assert.Equal("log.txt", line.Value(redirections.Redirections[0].Target).ToString());
        Assert.False(line.Commands[0].IsCompoundRedirection);
    }

    [Fact]
    public void Candidates_LongWrapperChain_RendersBoundedStagesButKeepsFinalCommand()
    {
        string text = string.Concat(Enumerable.Repeat("nohup ", 1_500)) + "rm -rf x";
        CommandLine line = Analyze(text);
        SimpleCommand command = line.Commands[0];
        Assert.True(BashPattern.Compile("rm *").Matches(command, RuleBehavior.Deny));
        Assert.True(BashPattern.Compile("rm *").Matches(command, RuleBehavior.Allow));
        Assert.True(command.StagesTruncated);
        Assert.True(command.GetCandidates(RuleBehavior.Deny).Length < 40);
        Assert.False(Analyze("nohup rm x").Commands[0].StagesTruncated);
    }
}
