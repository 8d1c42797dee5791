namespace RuleEngine.Shell;

/// <summary>
/// Recursive-descent parser for the POSIX-shell subset in <c>grammar/shell.ebnf</c>, flattening every
/// construct into <see cref="SimpleCommand"/>s. Linear in the input: every character is consumed once
/// (heredoc bodies and backtick bodies are scanned a bounded number of times), and recursion is bounded
/// by <see cref="MaxDepth"/> (deeper nesting fails closed as TooComplex). Reused across calls; not thread-safe.
/// </summary>
internal sealed partial class ShellParser
{
    /// <summary>Maximum nesting of subshells, groups, substitutions and control structures.</summary>
    public const int MaxDepth = 48;

    private CommandLine _line = null!;
    private char[] _s = [];
    private int _pos;
    private int _end;
    private int _depth;
    private CommandContext _context;
    private long _steps;
    private string? _home;

    public void Parse(CommandLine line, string? homeDirectory)
    {
        _line = line;
        _s = line.SourceBuffer;
        _pos = 0;
        _end = line.SourceLength;
        _depth = 0;
        _context = CommandContext.None;
        _steps = 0;
        _home = homeDirectory;
        _pendingCount = 0;
        _builderDepth = -1;
        _variableCount = 0;
        _extraFlags = WordFlags.None;
        _lineFlags = CommandLineFlags.None;
        LastParseWasPlain = PlainFastPath && TryParsePlain();
        if (LastParseWasPlain)
        {
            FinishFlags();
            line.Steps = _steps;
            return;
        }

        try
        {
            if (_s.AsSpan(0, _end).Contains('\0'))
            {
                throw Fail("command contains a NUL character", _s.AsSpan(0, _end).IndexOf('\0'));
            }

            ParseList(StopSet.None);
            if (_pos < _end)
            {
                throw Fail($"unexpected `{_s[_pos]}`", _pos);
            }

            if (_pendingCount > 0)
            {
                throw Fail("heredoc is not terminated", _end);
            }
        }
        catch (ShellParseException e)
        {
            line.Status = e.Status;
            line.Reason = e.Message;
            line.ReasonPosition = e.Position;
            CloseUnfinishedCommands();
        }

        FinishFlags();
        line.Steps = _steps;
    }

    /// <summary>Commands cut short by a failure keep the words parsed so far (deny rules may still match them).</summary>
    private void CloseUnfinishedCommands()
    {
        foreach (SimpleCommand command in _line.Commands)
        {
            ReadOnlySpan<ShellWord> words = command.Words;
            if (command.Span.Length == 0 && !words.IsEmpty)
            {
                command.Span = Syntax.TextSpan.FromBounds(words[0].Span.Start, words[^1].Span.End);
            }
        }
    }

    private ShellParseException Fail(string reason, int position) => new(AnalysisStatus.Unparseable, reason, position);

    private ShellParseException TooComplex(string reason, int position) => new(AnalysisStatus.TooComplex, reason, position);

    private void Enter(CommandContext context, CommandLineFlags flag)
    {
        if (++_depth > MaxDepth)
        {
            throw TooComplex($"nesting deeper than {MaxDepth} levels", _pos);
        }

        _context |= context;
        _lineFlags |= flag;
        ForgetVariables(); // anything nested may assign: only resolve `x=v; $x` across plain top-level commands
    }

    private void Leave(CommandContext saved)
    {
        _depth--;
        _context = saved;
    }

    // ---- lists -------------------------------------------------------------------------------------

    private void ParseList(StopSet stop)
    {
        while (true)
        {
            SkipLinebreaks();
            if (AtStop(stop))
            {
                return;
            }

            SimpleCommand? last = ParseAndOr();
            SkipBlanks();
            if (_pos >= _end)
            {
                return;
            }

            char c = _s[_pos];
            char next = Peek(1);
            if (c == ';' && next != ';' && next != '&')
            {
                _pos++;
                SetTerminator(last, CommandTerminator.Semicolon);
            }
            else if (c == '&' && next != '&' && next != '>')
            {
                _pos++;
                _lineFlags |= CommandLineFlags.Background;
                SetTerminator(last, CommandTerminator.Background);
            }
            else if (c == '\n')
            {
                _pos++;
                SetTerminator(last, CommandTerminator.Newline);
                ReadHeredocBodies();
            }
            else if (AtStop(stop))
            {
                return;
            }
            else
            {
                throw Fail($"unexpected `{c}`", _pos);
            }
        }
    }

    private static void SetTerminator(SimpleCommand? command, CommandTerminator terminator)
    {
        if (command is not null && command.Terminator == CommandTerminator.None)
        {
            command.Terminator = terminator;
        }
    }

    private bool AtStop(StopSet stop)
    {
        if (_pos >= _end)
        {
            return true;
        }

        char c = _s[_pos];
        if (c == ')')
        {
            return (stop & StopSet.RightParen) != 0;
        }

        if (c == ';' && (Peek(1) == ';' || Peek(1) == '&'))
        {
            return (stop & StopSet.CaseArm) != 0;
        }

        ReadOnlySpan<char> word = PeekReservedWord();
        return word switch
        {
            "}" => (stop & StopSet.BraceClose) != 0,
            "then" => (stop & StopSet.Then) != 0,
            "fi" => (stop & StopSet.Fi) != 0,
            "elif" => (stop & StopSet.Elif) != 0,
            "else" => (stop & StopSet.Else) != 0,
            "do" => (stop & StopSet.Do) != 0,
            "done" => (stop & StopSet.Done) != 0,
            "esac" => (stop & StopSet.Esac) != 0,
            _ => false,
        };
    }

    private SimpleCommand? ParseAndOr()
    {
        SimpleCommand? last = ParsePipeline();
        while (true)
        {
            SkipBlanks();
            if (_pos + 1 < _end && ((_s[_pos] == '&' && _s[_pos + 1] == '&') || (_s[_pos] == '|' && _s[_pos + 1] == '|')))
            {
                SetTerminator(last, _s[_pos] == '&' ? CommandTerminator.And : CommandTerminator.Or);
                _pos += 2;
                SkipLinebreaks();
                last = ParsePipeline();
            }
            else
            {
                return last;
            }
        }
    }

    private SimpleCommand? ParsePipeline()
    {
        SkipBlanks();
        if (_pos < _end && _s[_pos] == '!' && (IsBlank(Peek(1)) || Peek(1) == '\0'))
        {
            _pos++;
            SkipBlanks();
        }

        SimpleCommand? last = ParseCommand();
        while (true)
        {
            SkipBlanks();
            if (_pos < _end && _s[_pos] == '|' && Peek(1) != '|')
            {
                bool withStderr = Peek(1) == '&';
                SetTerminator(last, withStderr ? CommandTerminator.PipeWithStderr : CommandTerminator.Pipe);
                _pos += withStderr ? 2 : 1;
                _lineFlags |= CommandLineFlags.Pipe;
                SkipLinebreaks();
                last = ParseCommand();
            }
            else
            {
                return last;
            }
        }
    }

    private SimpleCommand? ParseCommand()
    {
        SkipBlanks();
        if (_pos >= _end)
        {
            throw Fail("expected a command", _pos);
        }

        int start = _pos;
        if (_s[_pos] == '(')
        {
            if (Peek(1) == '(')
            {
                throw TooComplex("arithmetic command `(( ))` is not analysed", _pos);
            }

            ParseSubshell();
            CheckNoRedirectionAfterCompound();
            return null;
        }

        ReadOnlySpan<char> word = PeekReservedWord();
        if (TryParseCompoundKeyword(word))
        {
            CheckNoRedirectionAfterCompound();
            return null;
        }

        switch (word)
        {
            case "function":
                ParseFunctionKeyword();
                break;
            case "[[":
                SimpleCommand conditional = ParseConditional();
                CheckNoRedirectionAfterCompound();
                return conditional;
            case "select":
            case "coproc":
                throw TooComplex($"`{word}` is not analysed", start);
            case "}":
            case "then":
            case "fi":
            case "do":
            case "done":
            case "elif":
            case "else":
            case "esac":
                throw Fail($"unexpected `{word}`", start);
            default:
                return ParseSimpleCommand();
        }

        CheckNoRedirectionAfterCompound();
        return null;
    }

    /// <summary>
    /// Parses the compound command a reserved word starts (<c>{</c>, <c>if</c>, <c>while</c>/<c>until</c>,
    /// <c>for</c>, <c>case</c>); false when <paramref name="word"/> starts none of them.
    /// </summary>
    private bool TryParseCompoundKeyword(ReadOnlySpan<char> word)
    {
        switch (word)
        {
            case "{":
                ParseGroup(CommandContext.BraceGroup, CommandLineFlags.BraceGroup);
                return true;
            case "if":
                ParseIf();
                return true;
            case "while":
            case "until":
                ParseWhile();
                return true;
            case "for":
                ParseFor();
                return true;
            case "case":
                ParseCase();
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Redirections after a compound command (<c>done &lt; in.txt</c>, <c>} &gt; out.log</c>) become a word-less
    /// simple command flagged <see cref="SimpleCommand.IsCompoundRedirection"/>, so their targets are checked.
    /// </summary>
    private void CheckNoRedirectionAfterCompound()
    {
        SkipBlanks();
        if (!IsRedirectionStart())
        {
            return;
        }

        int start = _pos;
        SimpleCommand command = _line.RentCommand(start, _context);
        command.IsCompoundRedirection = true;
        while (IsRedirectionStart())
        {
            ParseRedirection(command);
            command.Span = Syntax.TextSpan.FromBounds(start, _pos);
            SkipBlanks();
        }

        _lineFlags |= CommandLineFlags.CompoundRedirection;
    }
}
