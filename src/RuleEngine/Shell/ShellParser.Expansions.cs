namespace RuleEngine.Shell;

/// <summary>Arithmetic and braced parameter expansions: scanned for nested substitutions, kept verbatim in the value.</summary>
internal sealed partial class ShellParser
{
    private WordFlags LexArithmetic()
    {
        CommandContext saved = _context;
        Enter(CommandContext.None, CommandLineFlags.None);
        WordFlags result = LexArithmeticCore();
        Leave(saved);
        return result;
    }

    private WordFlags LexArithmeticCore()
    {
        int start = _pos;
        _pos += 3;
        int depth = 0;
        WordFlags flags = WordFlags.Arithmetic;
        BeginValue();
        while (true)
        {
            if (_pos >= _end)
            {
                throw Fail("unterminated `$((`", start);
            }

            _steps++;
            char c = _s[_pos];
            if (c == '(')
            {
                depth++;
                _pos++;
            }
            else if (c == ')')
            {
                if (depth > 0)
                {
                    depth--;
                    _pos++;
                }
                else if (Peek(1) == ')')
                {
                    _pos += 2;
                    break;
                }
                else
                {
                    throw TooComplex("ambiguous `$((` is not analysed", start);
                }
            }
            else if (c == '$')
            {
                flags |= LexDollar(inDoubleQuotes: true);
            }
            else if (c == '`')
            {
                flags |= LexBacktick(inDoubleQuotes: true);
            }
            else if (c is '\'' or '"' or '\\')
            {
                throw TooComplex("quoting inside arithmetic is not analysed", _pos);
            }
            else
            {
                if (char.IsAsciiLetter(c) || c == '_')
                {
                    flags |= WordFlags.Variable;
                }

                _pos++;
            }
        }

        DiscardValue();
        Append(_s.AsSpan(start, _pos - start));
        return flags;
    }

    private WordFlags LexLegacyArithmetic()
    {
        CommandContext saved = _context;
        Enter(CommandContext.None, CommandLineFlags.None);
        WordFlags result = LexLegacyArithmeticCore();
        Leave(saved);
        return result;
    }

    private WordFlags LexLegacyArithmeticCore()
    {
        int start = _pos;
        _pos += 2;
        int depth = 0;
        WordFlags flags = WordFlags.Arithmetic | WordFlags.Variable;
        BeginValue();
        while (true)
        {
            if (_pos >= _end)
            {
                throw Fail("unterminated `$[`", start);
            }

            _steps++;
            char c = _s[_pos];
            if (c == ']' && depth == 0)
            {
                _pos++;
                break;
            }

            if (c == '$')
            {
                flags |= LexDollar(inDoubleQuotes: true);
                continue;
            }

            if (c == '`')
            {
                flags |= LexBacktick(inDoubleQuotes: true);
                continue;
            }

            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            _pos++;
        }

        DiscardValue();
        Append(_s.AsSpan(start, _pos - start));
        return flags;
    }

    private WordFlags LexBraced()
    {
        CommandContext saved = _context;
        Enter(CommandContext.None, CommandLineFlags.None);
        WordFlags result = LexBracedCore();
        Leave(saved);
        return result;
    }

    private WordFlags LexBracedCore()
    {
        int start = _pos;
        _pos += 2;
        bool home = _s.AsSpan(_pos, _end - _pos).StartsWith("HOME}");
        WordFlags flags = WordFlags.BracedVariable | (home ? WordFlags.HomeVariable : WordFlags.Variable);
        int depth = 0;
        BeginValue();
        while (true)
        {
            if (_pos >= _end)
            {
                throw Fail("unterminated `${`", start);
            }

            _steps++;
            char c = _s[_pos];
            switch (c)
            {
                case '}' when depth == 0:
                    _pos++;
                    DiscardValue();
                    Append(_s.AsSpan(start, _pos - start));
                    return flags;
                case '}':
                    depth--;
                    _pos++;
                    break;
                case '{':
                    depth++;
                    _pos++;
                    break;
                case '\\':
                    _pos += 2;
                    break;
                case '\'':
                    int close = _s.AsSpan(_pos + 1, _end - _pos - 1).IndexOf('\'');
                    if (close < 0)
                    {
                        throw Fail("unterminated single quote", _pos);
                    }

                    _steps += close;
                    _pos += close + 2;
                    break;
                case '"':
                    flags |= LexDoubleQuoted();
                    break;
                case '$':
                    flags |= LexDollar(inDoubleQuotes: true);
                    break;
                case '`':
                    flags |= LexBacktick(inDoubleQuotes: true);
                    break;
                default:
                    _pos++;
                    break;
            }
        }
    }
}
