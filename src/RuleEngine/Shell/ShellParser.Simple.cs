using RuleEngine.Syntax;

namespace RuleEngine.Shell;

/// <summary>Simple commands, redirections and heredoc bodies.</summary>
internal sealed partial class ShellParser
{
    private PendingHeredoc[] _pending = new PendingHeredoc[2];
    private int _pendingCount;

    private SimpleCommand? ParseSimpleCommand()
    {
        SimpleCommand? command = null;
        int start = _pos;
        int lastEnd = _pos;
        while (true)
        {
            SkipBlanks();
            if (_pos >= _end)
            {
                break;
            }

            char c = _s[_pos];
            if (IsRedirectionStart())
            {
                command ??= _line.RentCommand(_pos, _context);
                ParseRedirection(command);
                lastEnd = _pos;
                continue;
            }

            bool processSubstitution = (c == '<' || c == '>') && Peek(1) == '(';
            if (IsOperatorChar(c) && !processSubstitution)
            {
                break;
            }

            command ??= _line.RentCommand(_pos, _context);
            int wordStart = _pos;
            ShellWord word = LexWord();
            lastEnd = _pos;
            // AssignmentShape is kept on argv words too (`timeout 5 A=1 x`): the deny/ask fixed point strips them.
            bool shape = LooksLikeAssignment(wordStart, _pos);
            bool assignment = shape && command.Words.Length == command.AssignmentCount;
            if (shape)
            {
                word = word with { Flags = word.Flags | WordFlags.AssignmentShape };
            }

            command.AddWord(word);
            if (assignment)
            {
                command.AssignmentCount++;
                if (_pos < _end && _s[_pos] == '(')
                {
                    throw TooComplex("array assignment is not analysed", _pos);
                }
            }
            else if (command.Words.Length == command.AssignmentCount + 1 && command.AssignmentCount == 0
                && command.Redirections.IsEmpty && word.IsPlain && IsFunctionDefinitionAhead())
            {
                _line.TruncateCommands(command.Index);
                SkipBlanks();
                _pos++; // (
                SkipBlanks();
                _pos++; // )
                ParseFunctionBody();
                return null;
            }
        }

        if (command is null)
        {
            throw Fail(_pos < _end ? $"unexpected `{_s[_pos]}`" : "expected a command", _pos);
        }

        command.Span = TextSpan.FromBounds(start, lastEnd);
        OnSimpleCommandParsed(command);
        return command;
    }

    private bool IsFunctionDefinitionAhead()
    {
        int i = _pos;
        while (i < _end && IsBlank(_s[i]))
        {
            i++;
        }

        if (i >= _end || _s[i] != '(')
        {
            return false;
        }

        i++;
        while (i < _end && IsBlank(_s[i]))
        {
            i++;
        }

        return i < _end && _s[i] == ')';
    }

    private bool LooksLikeAssignment(int start, int end)
    {
        int i = start;
        if (i >= end || !(char.IsAsciiLetter(_s[i]) || _s[i] == '_'))
        {
            return false;
        }

        while (i < end && (char.IsAsciiLetterOrDigit(_s[i]) || _s[i] == '_'))
        {
            i++;
        }

        if (i < end && _s[i] == '[')
        {
            int close = _s.AsSpan(i, end - i).IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            i += close + 1;
        }

        if (i < end && _s[i] == '+')
        {
            i++;
        }

        return i < end && _s[i] == '=';
    }

    private bool IsRedirectionStart() => IsRedirectionAt(_s.AsSpan(0, _end), _pos);

    /// <summary>Whether a redirection starts at <paramref name="pos"/> of the line <paramref name="s"/>: fd digits then <c>&lt;</c>/<c>&gt;</c> (not <c>&lt;(</c>/<c>&gt;(</c> at the start), or <c>&amp;&gt;</c>.</summary>
    private static bool IsRedirectionAt(ReadOnlySpan<char> s, int pos)
    {
        int i = pos;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        if (i >= s.Length)
        {
            return false;
        }

        char c = s[i];
        if (c == '<' || c == '>')
        {
            return !(i + 1 < s.Length && s[i + 1] == '(' && i == pos);
        }

        return i == pos && c == '&' && i + 1 < s.Length && s[i + 1] == '>';
    }

    private void ParseRedirection(SimpleCommand command)
    {
        int start = _pos;
        int fd = -1;
        while (char.IsAsciiDigit(_s[_pos]))
        {
            int digit = _s[_pos] - '0';
            fd = fd < 0 ? digit : (fd > 100_000 ? fd : (fd * 10) + digit);
            _pos++;
        }

        char c = _s[_pos];
        char n1 = Peek(1);
        char n2 = Peek(2);
        (RedirectionKind kind, int length) = RedirectionOperator(c, n1, n2);
        bool stripTabs = kind == RedirectionKind.Heredoc && n2 == '-';
        _pos += length + (stripTabs ? 1 : 0);
        SkipBlanks();
        if (_pos >= _end || (IsOperatorChar(_s[_pos]) && !((_s[_pos] == '<' || _s[_pos] == '>') && Peek(1) == '(')))
        {
            throw Fail("missing target after redirection", _pos);
        }

        ShellWord target = LexWord();
        ReadOnlySpan<char> value = _line.Value(in target);
        kind = ResolveDuplication(kind, value);

        int heredocIndex = -1;
        if (kind == RedirectionKind.Heredoc)
        {
            if (target.Has(WordFlags.Unresolved | WordFlags.HomeVariable | WordFlags.LineContinuation))
            {
                throw TooComplex("heredoc delimiter with an expansion is not analysed", target.Span.Start);
            }

            bool quoted = target.Has(WordFlags.Quoted | WordFlags.Escaped);
            heredocIndex = command.AddHeredoc(new ShellHeredoc(target.Span, quoted, stripTabs, default));
            _lineFlags |= quoted ? CommandLineFlags.QuotedHeredoc : CommandLineFlags.UnquotedHeredoc;
            if (_pendingCount == _pending.Length)
            {
                Array.Resize(ref _pending, _pendingCount * 2);
            }

            _pending[_pendingCount++] = new PendingHeredoc(command, heredocIndex, target, _context);
        }

        command.AddRedirection(new ShellRedirection(TextSpan.FromBounds(start, _pos), fd, kind, target, heredocIndex));
    }

    /// <summary>
    /// The redirection operator at a character (after any fd digits) and the two after it: <c>&amp;&gt;</c>,
    /// <c>&amp;&gt;&gt;</c>, <c>&gt;</c>, <c>&gt;&gt;</c>, <c>&gt;|</c>, <c>&gt;&amp;</c>, <c>&lt;&lt;&lt;</c>,
    /// <c>&lt;&lt;</c> (the <c>-</c> of <c>&lt;&lt;-</c> is not counted), <c>&lt;&amp;</c>, <c>&lt;&gt;</c>, <c>&lt;</c>.
    /// </summary>
    private static (RedirectionKind Kind, int Length) RedirectionOperator(char c, char n1, char n2)
    {
        if (c == '&')
        {
            return n2 == '>' ? (RedirectionKind.AppendOutputAndError, 3) : (RedirectionKind.OutputAndError, 2);
        }

        if (c == '>')
        {
            return n1 switch
            {
                '>' => (RedirectionKind.Append, 2),
                '|' => (RedirectionKind.Clobber, 2),
                '&' => (RedirectionKind.DuplicateOutput, 2),
                _ => (RedirectionKind.Output, 1),
            };
        }

        if (n1 == '<')
        {
            return n2 == '<' ? (RedirectionKind.HereString, 3) : (RedirectionKind.Heredoc, 2);
        }

        return n1 switch
        {
            '&' => (RedirectionKind.DuplicateInput, 2),
            '>' => (RedirectionKind.ReadWrite, 2),
            _ => (RedirectionKind.Input, 1),
        };
    }

    /// <summary><c>&gt;&amp;file</c> writes stdout and stderr to a file and <c>&lt;&amp;file</c> reads it: only a fd number or <c>-</c> duplicates.</summary>
    private static RedirectionKind ResolveDuplication(RedirectionKind kind, ReadOnlySpan<char> target) =>
        kind is RedirectionKind.DuplicateOutput or RedirectionKind.DuplicateInput
        && !(target.SequenceEqual("-") || IsDigits(target) || (target.Length > 1 && target[^1] == '-' && IsDigits(target[..^1])))
            ? (kind == RedirectionKind.DuplicateOutput ? RedirectionKind.OutputAndError : RedirectionKind.Input)
            : kind;

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Called right after a newline token: reads the bodies of heredocs started on that line.</summary>
    private void ReadHeredocBodies()
    {
        for (int p = 0; p < _pendingCount; p++)
        {
            PendingHeredoc pending = _pending[p];
            ShellWord delimiterWord = pending.Delimiter;
            ReadOnlySpan<char> delimiter = pending.Command.Line.Value(in delimiterWord);
            ShellHeredoc heredoc = pending.Command.Heredocs[pending.HeredocIndex];
            int bodyStart = _pos;
            int bodyEnd = -1;
            while (_pos < _end)
            {
                int lineStart = _pos;
                int newline = _s.AsSpan(_pos, _end - _pos).IndexOf('\n');
                int lineEnd = newline < 0 ? _end : _pos + newline;
                _steps += lineEnd - lineStart + 1;
                int contentStart = lineStart;
                if (heredoc.StripTabs)
                {
                    while (contentStart < lineEnd && _s[contentStart] == '\t')
                    {
                        contentStart++;
                    }
                }

                _pos = newline < 0 ? _end : lineEnd + 1;
                if (_s.AsSpan(contentStart, lineEnd - contentStart).SequenceEqual(delimiter))
                {
                    bodyEnd = lineStart;
                    break;
                }
            }

            if (bodyEnd < 0)
            {
                throw Fail($"heredoc `{delimiter}` is not terminated", bodyStart);
            }

            pending.Command.SetHeredoc(pending.HeredocIndex, heredoc with { Body = TextSpan.FromBounds(bodyStart, bodyEnd) });
            if (!heredoc.QuotedDelimiter)
            {
                ScanHeredocBody(bodyStart, bodyEnd, pending.Context);
            }
        }

        _pendingCount = 0;
    }

    /// <summary>An unquoted heredoc body is expanded: find the substitutions in it so deny rules see them.</summary>
    private void ScanHeredocBody(int start, int end, CommandContext context)
    {
        int savedPos = _pos;
        int savedEnd = _end;
        CommandContext savedContext = _context;
        _pos = start;
        _end = end;
        _context = context | CommandContext.HeredocBody;
        BeginValue();
        while (_pos < _end)
        {
            _steps++;
            char c = _s[_pos];
            if (c == '\\')
            {
                _pos += 2;
            }
            else if (c == '$')
            {
                _extraFlags |= LexDollar(inDoubleQuotes: true);
            }
            else if (c == '`')
            {
                _extraFlags |= LexBacktick(inDoubleQuotes: true);
            }
            else
            {
                _pos++;
            }
        }

        DiscardValue();
        _pos = savedPos;
        _end = savedEnd;
        _context = savedContext;
    }

    private readonly record struct PendingHeredoc(SimpleCommand Command, int HeredocIndex, ShellWord Delimiter, CommandContext Context);
}
