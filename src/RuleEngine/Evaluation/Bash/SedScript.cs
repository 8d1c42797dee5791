namespace RuleEngine.Evaluation.Bash;

/// <summary>A small GNU sed script scanner: finds print-only scripts and write/exec/read commands (bash.md §9, §12, §13).</summary>
internal static class SedScript
{
    private static readonly SedScriptInfo s_unparsed = new(false, false, false, false, false, null, null);

    /// <summary>Analyses one script (several <c>-e</c> scripts are analysed one by one).</summary>
    public static SedScriptInfo Analyze(string script)
    {
        var state = new State(script);
        return state.Run() ? state.ToInfo() : s_unparsed;
    }

    private sealed class State(string s)
    {
        private int _pos;
        private int _commands;
        private bool _printOnly = true;
        private bool _write;
        private bool _exec;
        private bool _read;
        private List<string>? _writeFiles;
        private List<string>? _readFiles;

        public SedScriptInfo ToInfo() =>
            new(true, _printOnly && _commands > 0, _write, _exec, _read, _writeFiles, _readFiles);

        public bool Run()
        {
            while (true)
            {
                SkipSeparators();
                if (_pos >= s.Length)
                {
                    return true;
                }

                if (s[_pos] == '#')
                {
                    SkipToEndOfLine();
                    continue;
                }

                if (!ParseAddresses())
                {
                    return false;
                }

                SkipBlanks();
                while (_pos < s.Length && s[_pos] == '!')
                {
                    _pos++;
                    SkipBlanks();
                }

                if (_pos >= s.Length)
                {
                    return false;
                }

                char command = s[_pos++];
                if (command is '{' or '}')
                {
                    continue;
                }

                _commands++;
                if (command != 'p')
                {
                    _printOnly = false;
                }

                if (!ParseCommand(command))
                {
                    return false;
                }

                SkipBlanks();
                if (_pos < s.Length && s[_pos] is not (';' or '\n' or '}' or '#'))
                {
                    return false;
                }
            }
        }

        private bool ParseCommand(char command)
        {
            switch (command)
            {
                case 's':
                    return ParseDelimited(2) && ParseSubstituteFlags();
                case 'y':
                    return ParseDelimited(2);
                case 'a' or 'i' or 'c':
                    SkipText();
                    return true;
                case 'r' or 'R':
                    _read = true;
                    (_readFiles ??= []).Add(ReadFileName());
                    return true;
                case 'w' or 'W':
                    _write = true;
                    (_writeFiles ??= []).Add(ReadFileName());
                    return true;
                case 'e':
                    _exec = true;
                    SkipToEndOfLine();
                    return true;
                case 'b' or 't' or 'T' or ':' or 'v':
                    SkipLabel();
                    return true;
                case 'q' or 'Q' or 'l' or 'L':
                    SkipBlanks();
                    SkipDigits();
                    return true;
                case 'p' or 'P' or 'd' or 'D' or 'n' or 'N' or 'g' or 'G' or 'h' or 'H' or 'x' or '=' or 'z' or 'F':
                    return true;
                default:
                    return false;
            }
        }

        private bool ParseAddresses()
        {
            if (!ParseAddress(first: true))
            {
                return false;
            }

            SkipBlanks();
            if (_pos < s.Length && s[_pos] == ',')
            {
                _pos++;
                SkipBlanks();
                return ParseAddress(first: false);
            }

            return true;
        }

        private bool ParseAddress(bool first)
        {
            if (_pos >= s.Length)
            {
                return first;
            }

            char c = s[_pos];
            if (char.IsAsciiDigit(c))
            {
                SkipDigits();
                if (_pos < s.Length && s[_pos] == '~')
                {
                    _pos++;
                    SkipDigits();
                }

                return true;
            }

            if (c == '$')
            {
                _pos++;
                return true;
            }

            if (!first && c is '+' or '~')
            {
                _pos++;
                int start = _pos;
                SkipDigits();
                return _pos > start;
            }

            if (c == '/' || c == '\\')
            {
                if (c == '\\')
                {
                    _pos++;
                    if (_pos >= s.Length || s[_pos] == '\n')
                    {
                        return false;
                    }
                }

                char delimiter = s[_pos++];
                if (!SkipUntil(delimiter))
                {
                    return false;
                }

                while (_pos < s.Length && s[_pos] is 'I' or 'M')
                {
                    _pos++;
                }

                return true;
            }

            return first;
        }

        private bool ParseDelimited(int parts)
        {
            if (_pos >= s.Length || s[_pos] is '\n' or '\\')
            {
                return false;
            }

            char delimiter = s[_pos++];
            for (int i = 0; i <= parts - 1; i++)
            {
                if (!SkipUntil(delimiter))
                {
                    return false;
                }
            }

            return true;
        }

        private bool ParseSubstituteFlags()
        {
            while (_pos < s.Length)
            {
                char c = s[_pos];
                if (c is 'g' or 'p' or 'i' or 'I' or 'm' or 'M' || char.IsAsciiDigit(c))
                {
                    _pos++;
                }
                else if (c == 'e')
                {
                    _exec = true;
                    _pos++;
                }
                else if (c == 'w')
                {
                    _pos++;
                    _write = true;
                    (_writeFiles ??= []).Add(ReadFileName());
                    return true;
                }
                else
                {
                    return true;
                }
            }

            return true;
        }

        private bool SkipUntil(char delimiter)
        {
            while (_pos < s.Length)
            {
                char c = s[_pos++];
                if (c == '\\')
                {
                    _pos++;
                }
                else if (c == delimiter)
                {
                    return true;
                }
            }

            return false;
        }

        private string ReadFileName()
        {
            SkipBlanks();
            int start = _pos;
            SkipToEndOfLine();
            return s[start.._pos];
        }

        private void SkipText()
        {
            while (_pos < s.Length && s[_pos] != '\n')
            {
                if (s[_pos] == '\\')
                {
                    _pos++;
                }

                _pos++;
            }
        }

        private void SkipLabel()
        {
            while (_pos < s.Length && s[_pos] is not (';' or '\n'))
            {
                _pos++;
            }
        }

        private void SkipToEndOfLine()
        {
            while (_pos < s.Length && s[_pos] != '\n')
            {
                _pos++;
            }
        }

        private void SkipDigits()
        {
            while (_pos < s.Length && char.IsAsciiDigit(s[_pos]))
            {
                _pos++;
            }
        }

        private void SkipBlanks()
        {
            while (_pos < s.Length && s[_pos] is ' ' or '\t')
            {
                _pos++;
            }
        }

        private void SkipSeparators()
        {
            while (_pos < s.Length && s[_pos] is ' ' or '\t' or '\n' or ';')
            {
                _pos++;
            }
        }
    }
}
