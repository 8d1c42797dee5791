namespace RuleEngine.Shell;

/// <summary>Subshells, groups, control structures and functions: parsed only to reach their simple commands.</summary>
internal sealed partial class ShellParser
{
    private void ParseSubshell()
    {
        CommandContext saved = _context;
        _pos++; // (
        Enter(CommandContext.Subshell, CommandLineFlags.Subshell);
        ParseList(StopSet.RightParen);
        ExpectChar(')', "`)` closing the subshell");
        Leave(saved);
    }

    private void ParseGroup(CommandContext context, CommandLineFlags flag)
    {
        CommandContext saved = _context;
        _pos++; // {
        Enter(context, flag);
        ParseList(StopSet.BraceClose);
        ExpectReserved("}");
        Leave(saved);
    }

    private void ParseIf()
    {
        CommandContext saved = _context;
        ConsumeReserved("if");
        Enter(CommandContext.ControlStructure, CommandLineFlags.ControlStructure);
        ForgetVariables();
        ParseList(StopSet.Then);
        ExpectReserved("then");
        ParseList(StopSet.Fi | StopSet.Elif | StopSet.Else);
        while (true)
        {
            ReadOnlySpan<char> word = PeekReservedWord();
            if (word.SequenceEqual("elif"))
            {
                ConsumeReserved("elif");
                ParseList(StopSet.Then);
                ExpectReserved("then");
                ParseList(StopSet.Fi | StopSet.Elif | StopSet.Else);
            }
            else if (word.SequenceEqual("else"))
            {
                ConsumeReserved("else");
                ParseList(StopSet.Fi);
                ExpectReserved("fi");
                break;
            }
            else
            {
                ExpectReserved("fi");
                break;
            }
        }

        Leave(saved);
    }

    private void ParseWhile()
    {
        CommandContext saved = _context;
        _pos += PeekReservedWord().Length; // while / until
        Enter(CommandContext.ControlStructure, CommandLineFlags.ControlStructure);
        ForgetVariables();
        ParseList(StopSet.Do);
        ParseDoGroup();
        Leave(saved);
    }

    private void ParseDoGroup()
    {
        ExpectReserved("do");
        ParseList(StopSet.Done);
        ExpectReserved("done");
    }

    private void ParseFor()
    {
        CommandContext saved = _context;
        ConsumeReserved("for");
        Enter(CommandContext.ControlStructure, CommandLineFlags.ControlStructure);
        ForgetVariables();
        SkipBlanks();
        if (_pos + 1 < _end && _s[_pos] == '(' && _s[_pos + 1] == '(')
        {
            throw TooComplex("arithmetic `for ((…))` loop is not analysed", _pos);
        }

        ReadOnlySpan<char> name = PeekReservedWord();
        if (name.IsEmpty || !ShellNames.IsName(name))
        {
            throw Fail("expected a variable name after `for`", _pos);
        }

        _pos += name.Length;
        SkipLinebreaks();
        if (PeekReservedWord().SequenceEqual("in"))
        {
            _pos += 2;
            while (true)
            {
                SkipBlanks();
                if (_pos >= _end)
                {
                    throw Fail("expected `do`", _pos);
                }

                char c = _s[_pos];
                if (c == ';' || c == '\n')
                {
                    _pos++;
                    if (c == '\n')
                    {
                        ReadHeredocBodies();
                    }

                    break;
                }

                if (IsOperatorChar(c))
                {
                    throw Fail($"unexpected `{c}` in `for` word list", _pos);
                }

                ShellWord word = LexWord();
                _extraFlags |= word.Flags;
            }
        }
        else if (_pos < _end && _s[_pos] == ';')
        {
            _pos++;
        }

        SkipLinebreaks();
        ParseDoGroup();
        Leave(saved);
    }

    private void ParseCase()
    {
        CommandContext saved = _context;
        ConsumeReserved("case");
        Enter(CommandContext.ControlStructure, CommandLineFlags.ControlStructure);
        ForgetVariables();
        SkipBlanks();
        if (_pos >= _end || IsOperatorChar(_s[_pos]))
        {
            throw Fail("expected a word after `case`", _pos);
        }

        _extraFlags |= LexWord().Flags;
        SkipLinebreaks();
        ExpectReserved("in");
        while (true)
        {
            SkipLinebreaks();
            if (PeekReservedWord().SequenceEqual("esac"))
            {
                ConsumeReserved("esac");
                break;
            }

            if (_pos >= _end)
            {
                throw Fail("expected `esac`", _pos);
            }

            if (_s[_pos] == '(')
            {
                _pos++;
            }

            while (true)
            {
                SkipBlanks();
                if (_pos >= _end || IsOperatorChar(_s[_pos]))
                {
                    throw Fail("expected a `case` pattern", _pos);
                }

                _extraFlags |= LexWord().Flags & ~(WordFlags.UnquotedGlob | WordFlags.BraceExpansion);
                SkipBlanks();
                if (_pos < _end && _s[_pos] == '|')
                {
                    _pos++;
                    continue;
                }

                break;
            }

            ExpectChar(')', "`)` after a `case` pattern");
            ParseList(StopSet.Esac | StopSet.CaseArm);
            SkipBlanks();
            if (_pos < _end && _s[_pos] == ';')
            {
                // ;;  ;&  ;;&
                _pos += Peek(1) == '&' ? 2 : Peek(2) == '&' ? 3 : 2;
            }
            else if (!PeekReservedWord().SequenceEqual("esac"))
            {
                throw Fail("expected `;;` or `esac`", _pos);
            }
        }

        Leave(saved);
    }

    /// <summary>
    /// <c>[[ … ]]</c> becomes one simple command whose argv runs from <c>[[</c> to <c>]]</c>; inside it
    /// <c>&amp;&amp;</c>, <c>||</c>, <c>&lt;</c>, <c>&gt;</c>, <c>(</c>, <c>)</c>, <c>|</c> and <c>!</c> are operands, not
    /// shell operators. Substitutions in operands are parsed as usual; <c>;</c>, a lone <c>&amp;</c> or a newline fail.
    /// </summary>
    private SimpleCommand ParseConditional()
    {
        int start = _pos;
        SimpleCommand command = _line.RentCommand(start, _context);
        command.AddWord(LexLiteral(2));
        while (true)
        {
            SkipBlanks();
            if (_pos >= _end)
            {
                throw Fail("expected `]]`", start);
            }

            char c = _s[_pos];
            char next = Peek(1);
            if (PeekReservedWord().SequenceEqual("]]"))
            {
                command.AddWord(LexLiteral(2));
                break;
            }

            if (c is '\n' or ';' || (c == '&' && next != '&'))
            {
                throw Fail($"unexpected `{(c == '\n' ? "newline" : c.ToString())}` inside `[[ ]]`", _pos);
            }

            if ((c is '<' or '>') && next == '(')
            {
                command.AddWord(LexWord());
            }
            else if (c is '&' or '|' or '(' or ')' or '<' or '>')
            {
                command.AddWord(LexLiteral((c == '&' && next == '&') || (c == '|' && next == '|') ? 2 : 1));
            }
            else
            {
                command.AddWord(LexWord());
            }
        }

        command.Span = Syntax.TextSpan.FromBounds(start, _pos);
        OnSimpleCommandParsed(command);
        return command;
    }

    private ShellWord LexLiteral(int length)
    {
        int start = _pos;
        BeginValue();
        Append(_s.AsSpan(_pos, length));
        _pos += length;
        _steps += length;
        (int valueStart, int valueLength) = EndValue();
        return new ShellWord(new Syntax.TextSpan(start, length), valueStart, valueLength, WordFlags.None);
    }

    private void ParseFunctionKeyword()
    {
        ConsumeReserved("function");
        SkipBlanks();
        ReadOnlySpan<char> name = PeekReservedWord();
        if (name.IsEmpty)
        {
            throw Fail("expected a function name", _pos);
        }

        _pos += name.Length;
        SkipBlanks();
        if (_pos + 1 < _end && _s[_pos] == '(')
        {
            _pos++;
            SkipBlanks();
            ExpectChar(')', "`)` in function definition");
        }

        ParseFunctionBody();
    }

    /// <summary>Parses the body after <c>name()</c>; the body must be a compound command.</summary>
    private void ParseFunctionBody()
    {
        CommandContext saved = _context;
        SkipLinebreaks();
        Enter(CommandContext.FunctionBody, CommandLineFlags.FunctionDefinition);
        if (_pos < _end && _s[_pos] == '(' && Peek(1) != '(')
        {
            ParseSubshell();
        }
        else if (!TryParseCompoundKeyword(PeekReservedWord()))
        {
            throw Fail("expected a function body", _pos);
        }

        Leave(saved);
        CheckNoRedirectionAfterCompound();
    }

    // ---- token helpers -----------------------------------------------------------------------------

    private char Peek(int offset) => _pos + offset < _end ? _s[_pos + offset] : '\0';

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static bool IsOperatorChar(char c) => c is ';' or '&' or '|' or '(' or ')' or '<' or '>' or '\n';

    private static bool IsWordBreak(char c) => IsBlank(c) || IsOperatorChar(c);

    /// <summary>Skips spaces, tabs, line continuations and a comment (up to, not including, the newline).</summary>
    private void SkipBlanks()
    {
        while (_pos < _end)
        {
            _steps++;
            char c = _s[_pos];
            if (IsBlank(c))
            {
                _pos++;
            }
            else if (c == '\\' && Peek(1) == '\n')
            {
                _pos += 2;
            }
            else if (c == '#')
            {
                _lineFlags |= CommandLineFlags.Comment;
                while (_pos < _end && _s[_pos] != '\n')
                {
                    _steps++;
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Skips blanks, comments and newlines, reading pending heredoc bodies after each newline.</summary>
    private void SkipLinebreaks()
    {
        while (true)
        {
            SkipBlanks();
            if (_pos < _end && _s[_pos] == '\n')
            {
                _pos++;
                ReadHeredocBodies();
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>The next word if it is entirely plain characters (a candidate reserved word), else empty.</summary>
    private ReadOnlySpan<char> PeekReservedWord()
    {
        int i = _pos;
        while (i < _end)
        {
            char c = _s[i];
            if (IsWordBreak(c))
            {
                break;
            }

            if (c is '\'' or '"' or '\\' or '$' or '`')
            {
                return default;
            }

            i++;
        }

        return _s.AsSpan(_pos, i - _pos);
    }

    private void ConsumeReserved(string word)
    {
        _pos += word.Length;
    }

    private void ExpectReserved(string word)
    {
        SkipLinebreaks();
        if (!PeekReservedWord().SequenceEqual(word))
        {
            throw Fail($"expected `{word}`", _pos);
        }

        _pos += word.Length;
    }

    private void ExpectChar(char c, string what)
    {
        SkipBlanks();
        if (_pos >= _end || _s[_pos] != c)
        {
            throw Fail($"expected {what}", _pos);
        }

        _pos++;
    }
}
