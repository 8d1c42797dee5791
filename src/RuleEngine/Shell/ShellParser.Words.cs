namespace RuleEngine.Shell;

// This file is over 600 lines on purpose: word lexing is one state machine over the builder stack below
// (quotes, escapes, parameter, command, process and arithmetic substitutions nest inside each other), and
// splitting it would spread that shared state across files without making any part simpler.

/// <summary>Word lexing: quoting, escapes, expansions and the substitutions nested in words.</summary>
internal sealed partial class ShellParser
{
    // A stack of value builders: a word's value is built while substitutions inside it lex their own words.
    private readonly char[][] _builders = new char[(MaxDepth * 2) + 8][];
    private readonly int[] _builderLengths = new int[(MaxDepth * 2) + 8];
    private int _builderDepth = -1;

    private static readonly System.Buffers.SearchValues<char> s_wordSpecial = System.Buffers.SearchValues.Create(" \t\n;&|()<>\\'\"$`*?[]{~");
    private static readonly System.Buffers.SearchValues<char> s_wordSpecialInBraces = System.Buffers.SearchValues.Create(" \t\n;&|()<>\\'\"$`*?[]{}~,.");

    private void BeginValue()
    {
        _builderDepth++;
        _builders[_builderDepth] ??= new char[64];
        _builderLengths[_builderDepth] = 0;
    }

    private void DiscardValue() => _builderDepth--;

    private (int Start, int Length) EndValue()
    {
        int length = _builderLengths[_builderDepth];
        int start = _line.AppendValue(_builders[_builderDepth].AsSpan(0, length));
        _builderDepth--;
        return (start, length);
    }

    private void Append(char c)
    {
        ref char[] buffer = ref _builders[_builderDepth];
        int length = _builderLengths[_builderDepth];
        if (length == buffer.Length)
        {
            Array.Resize(ref buffer, length * 2);
        }

        buffer[length] = c;
        _builderLengths[_builderDepth] = length + 1;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        ref char[] buffer = ref _builders[_builderDepth];
        int length = _builderLengths[_builderDepth];
        if (length + text.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + text.Length));
        }

        text.CopyTo(buffer.AsSpan(length));
        _builderLengths[_builderDepth] = length + text.Length;
    }

    /// <summary>Lexes one word at <c>_pos</c> (which must not be at a blank or an operator other than <c>&lt;(</c>/<c>&gt;(</c>).</summary>
    private ShellWord LexWord()
    {
        int start = _pos;

        // A word of ordinary characters up to a blank or operator: its value is its raw text, which the line's
        // value buffer already holds (CommandLine.Reset), so nothing is copied. `(` after it may be an
        // extended glob and goes the long way.
        ReadOnlySpan<char> ahead = _s.AsSpan(_pos, _end - _pos);
        int plain = ahead.IndexOfAny(s_wordSpecial);
        if (plain != 0 && (plain < 0 || (IsWordBreak(ahead[plain]) && ahead[plain] != '(')))
        {
            plain = plain < 0 ? ahead.Length : plain;
            _steps += plain;
            _pos += plain;
            return new ShellWord(new Syntax.TextSpan(start, plain), start, plain, WordFlags.None);
        }

        BeginValue();
        WordFlags flags = WordFlags.None;
        int braceOpen = -1;
        bool braceSeparator = false;
        bool bracketOpen = false;
        while (_pos < _end)
        {
            _steps++;
            char c = _s[_pos];
            if ((c == '<' || c == '>') && Peek(1) == '(' && _pos == start)
            {
                flags |= LexProcessSubstitution();
                continue;
            }

            if (IsWordBreak(c))
            {
                if (c == '(' && _pos > start && _s[_pos - 1] is '@' or '!' or '+' or '*' or '?')
                {
                    throw TooComplex("extended glob pattern is not analysed", _pos);
                }

                break;
            }

            switch (c)
            {
                case '\\':
                    char escaped = Peek(1);
                    if (escaped == '\n')
                    {
                        flags |= WordFlags.LineContinuation;
                        _pos += 2;
                    }
                    else if (_pos + 1 >= _end)
                    {
                        Append('\\');
                        _pos++;
                    }
                    else
                    {
                        Append(escaped);
                        flags |= WordFlags.Escaped | (IsBlank(escaped) ? WordFlags.EscapedWhitespace : WordFlags.None);
                        _pos += 2;
                    }

                    break;
                case '\'':
                    int close = _s.AsSpan(_pos + 1, _end - _pos - 1).IndexOf('\'');
                    if (close < 0)
                    {
                        throw Fail("unterminated single quote", _pos);
                    }

                    _steps += close;
                    Append(_s.AsSpan(_pos + 1, close));
                    flags |= WordFlags.SingleQuoted;
                    _pos += close + 2;
                    break;
                case '"':
                    flags |= LexDoubleQuoted();
                    break;
                case '$':
                    flags |= LexDollar(inDoubleQuotes: false);
                    break;
                case '`':
                    flags |= LexBacktick(inDoubleQuotes: false);
                    break;
                case '*':
                case '?':
                    flags |= WordFlags.UnquotedGlob;
                    Append(c);
                    _pos++;
                    break;
                case '[':
                    bracketOpen = true;
                    Append(c);
                    _pos++;
                    break;
                case ']':
                    if (bracketOpen)
                    {
                        flags |= WordFlags.UnquotedGlob;
                    }

                    Append(c);
                    _pos++;
                    break;
                case '{':
                    braceOpen = braceOpen < 0 ? _pos : braceOpen;
                    Append(c);
                    _pos++;
                    break;
                case ',':
                    braceSeparator |= braceOpen >= 0;
                    Append(c);
                    _pos++;
                    break;
                case '.':
                    braceSeparator |= braceOpen >= 0 && Peek(1) == '.';
                    Append(c);
                    _pos++;
                    break;
                case '}':
                    if (braceOpen >= 0 && braceSeparator)
                    {
                        flags |= WordFlags.BraceExpansion;
                    }

                    braceOpen = -1;
                    braceSeparator = false;
                    Append(c);
                    _pos++;
                    break;
                case '~':
                    if (_pos == start)
                    {
                        flags |= WordFlags.LeadingTilde;
                    }

                    Append(c);
                    _pos++;
                    break;
                default:
                    // Copy the run of ordinary characters in one go.
                    ReadOnlySpan<char> rest = _s.AsSpan(_pos + 1, _end - _pos - 1);
                    int run = rest.IndexOfAny(braceOpen < 0 ? s_wordSpecial : s_wordSpecialInBraces);
                    run = run < 0 ? rest.Length + 1 : run + 1;
                    Append(_s.AsSpan(_pos, run));
                    _steps += run;
                    _pos += run;
                    break;
            }
        }

        (int valueStart, int valueLength) = EndValue();
        return new ShellWord(new Syntax.TextSpan(start, _pos - start), valueStart, valueLength, flags);
    }

    private WordFlags LexDoubleQuoted()
    {
        int open = _pos;
        _pos++;
        WordFlags flags = WordFlags.DoubleQuoted;
        while (true)
        {
            if (_pos >= _end)
            {
                throw Fail("unterminated double quote", open);
            }

            _steps++;
            char c = _s[_pos];
            if (c == '"')
            {
                _pos++;
                return flags;
            }

            if (c == '\\')
            {
                char escaped = Peek(1);
                if (escaped is '$' or '`' or '"' or '\\')
                {
                    Append(escaped);
                    flags |= WordFlags.Escaped;
                    _pos += 2;
                }
                else if (escaped == '\n')
                {
                    flags |= WordFlags.LineContinuation;
                    _pos += 2;
                }
                else
                {
                    Append('\\');
                    _pos++;
                }
            }
            else if (c == '$')
            {
                flags |= LexDollar(inDoubleQuotes: true, staticCandidate: _pos == open + 1);
            }
            else if (c == '`')
            {
                flags |= LexBacktick(inDoubleQuotes: true);
            }
            else
            {
                Append(c);
                _pos++;
            }
        }
    }

    private WordFlags LexDollar(bool inDoubleQuotes, bool staticCandidate = false)
    {
        int start = _pos;
        char next = Peek(1);
        if (next == '\'' && !inDoubleQuotes)
        {
            int j = _pos + 2;
            while (j < _end && _s[j] != '\'')
            {
                _steps++;
                j += _s[j] == '\\' ? 2 : 1;
            }

            if (j >= _end)
            {
                throw Fail("unterminated `$'` quote", start);
            }

            Append(_s.AsSpan(start + 2, j - start - 2));
            _pos = j + 1;
            return WordFlags.AnsiCQuoted;
        }

        if (next == '"' && !inDoubleQuotes)
        {
            _pos++;
            return LexDoubleQuoted();
        }

        if (next == '(')
        {
            return Peek(2) == '(' ? LexArithmetic() : LexCommandSubstitution(staticCandidate);
        }

        if (next == '{')
        {
            return LexBraced();
        }

        if (next == '[')
        {
            return LexLegacyArithmetic();
        }

        if (char.IsAsciiLetter(next) || next == '_')
        {
            int j = _pos + 1;
            while (j < _end && (char.IsAsciiLetterOrDigit(_s[j]) || _s[j] == '_'))
            {
                _steps++;
                j++;
            }

            ReadOnlySpan<char> name = _s.AsSpan(_pos + 1, j - _pos - 1);
            _pos = j;
            if (name.SequenceEqual("HOME"))
            {
                Append(_home is null ? "$HOME" : _home);
                return WordFlags.HomeVariable;
            }

            Append(_s.AsSpan(start, j - start));
            return WordFlags.Variable;
        }

        if (char.IsAsciiDigit(next) || next is '@' or '*' or '#' or '?' or '$' or '!' or '-')
        {
            Append(_s.AsSpan(start, 2));
            _pos += 2;
            return WordFlags.Variable;
        }

        Append('$');
        _pos++;
        return WordFlags.None;
    }

    private WordFlags LexCommandSubstitution(bool staticCandidate)
    {
        int start = _pos;
        int countBefore = _line.CommandCount;
        CommandContext saved = _context;
        _pos += 2;
        Enter(CommandContext.CommandSubstitution, CommandLineFlags.None);
        ParseList(StopSet.RightParen);
        if (_pos >= _end || _s[_pos] != ')')
        {
            throw Fail("unterminated `$(`", start);
        }

        _pos++;
        Leave(saved);
        if (staticCandidate && _pos < _end && _s[_pos] == '"' && TryResolveStaticHeredoc(countBefore, out ReadOnlySpan<char> text))
        {
            _line.TruncateCommands(countBefore);
            Append(text);
            return WordFlags.StaticHeredoc;
        }

        Append(_s.AsSpan(start, _pos - start));
        return WordFlags.CommandSubstitution;
    }

    /// <summary><c>"$(cat &lt;&lt;'EOF' … EOF)"</c>: a quoted-delimiter heredoc read by a bare <c>cat</c> is static text (bash.md §6).</summary>
    private bool TryResolveStaticHeredoc(int countBefore, out ReadOnlySpan<char> text)
    {
        text = default;
        if (_line.CommandCount != countBefore + 1 || _pendingCount > 0)
        {
            return false;
        }

        SimpleCommand cat = _line.Commands[countBefore];
        if (cat.AssignmentCount != 0 || cat.Arguments.Length != 1 || !cat.Arguments[0].IsPlain
            || !cat.CommandName.SequenceEqual("cat") || cat.Redirections.Length != 1
            || cat.Terminator is not (CommandTerminator.None or CommandTerminator.Newline))
        {
            return false;
        }

        ShellRedirection redirection = cat.Redirections[0];
        if (redirection.Kind != RedirectionKind.Heredoc || redirection.Fd > 0)
        {
            return false;
        }

        ShellHeredoc heredoc = cat.Heredocs[redirection.HeredocIndex];
        if (!heredoc.QuotedDelimiter || heredoc.StripTabs)
        {
            return false;
        }

        text = _s.AsSpan(heredoc.Body.Start, heredoc.Body.Length).TrimEnd('\n');
        return true;
    }

    private WordFlags LexProcessSubstitution()
    {
        int start = _pos;
        CommandContext saved = _context;
        _pos += 2;
        Enter(CommandContext.ProcessSubstitution, CommandLineFlags.ProcessSubstitution);
        ParseList(StopSet.RightParen);
        if (_pos >= _end || _s[_pos] != ')')
        {
            throw Fail("unterminated process substitution", start);
        }

        _pos++;
        Leave(saved);
        Append(_s.AsSpan(start, _pos - start));
        return WordFlags.ProcessSubstitution;
    }

    private WordFlags LexBacktick(bool inDoubleQuotes)
    {
        int start = _pos;
        int j = _pos + 1;
        bool escapes = false;
        while (j < _end && _s[j] != '`')
        {
            _steps++;
            if (_s[j] == '\\' && j + 1 < _end)
            {
                char n = _s[j + 1];
                escapes |= n is '$' or '`' or '\\' || (inDoubleQuotes && n == '"');
                j += 2;
            }
            else
            {
                j++;
            }
        }

        if (j >= _end)
        {
            throw Fail("unterminated backtick", start);
        }

        if (escapes)
        {
            throw TooComplex("escaped characters inside backticks are not analysed", start);
        }

        int savedEnd = _end;
        CommandContext saved = _context;
        _pos = start + 1;
        _end = j;
        Enter(CommandContext.Backticks, CommandLineFlags.None);
        ParseList(StopSet.None);
        if (_pos != j)
        {
            throw Fail("unexpected text inside backticks", _pos);
        }

        Leave(saved);
        _end = savedEnd;
        _pos = j + 1;
        Append(_s.AsSpan(start, _pos - start));
        return WordFlags.CommandSubstitution | WordFlags.Backticks;
    }
}
