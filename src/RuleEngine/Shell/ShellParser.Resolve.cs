namespace RuleEngine.Shell;

/// <summary>The <c>x=rm; $x …</c> resolution (bash.md §5) and the whole-line flags.</summary>
internal sealed partial class ShellParser
{
    private const int MaxKnownVariables = 16;

    private KnownVariable[] _variables = new KnownVariable[4];
    private int _variableCount;
    private WordFlags _extraFlags;
    private CommandLineFlags _lineFlags;

    private void ForgetVariables() => _variableCount = 0;

    private void OnSimpleCommandParsed(SimpleCommand command)
    {
        if (command.Context != CommandContext.None)
        {
            if (!command.HasCommandWord && command.AssignmentCount > 0)
            {
                ForgetVariables();
            }

            return;
        }

        if (!command.HasCommandWord)
        {
            if (command.Redirections.IsEmpty)
            {
                for (int i = 0; i < command.AssignmentCount; i++)
                {
                    Remember(command, in command.Words[i]);
                }
            }

            return;
        }

        if ((command.AllWordFlags & (WordFlags.BracedVariable | WordFlags.Arithmetic)) != 0)
        {
            ForgetVariables(); // `${x:=v}` and `$((x=v))` assign while expanding
        }

        ShellWord word = command.Words[command.AssignmentCount];
        if (word.Has(WordFlags.Variable) && TryResolve(word, out KnownVariable known))
        {
            command.ReplaceWord(command.AssignmentCount, word with
            {
                ValueStart = known.ValueStart,
                ValueLength = known.ValueLength,
                Flags = (word.Flags & ~(WordFlags.Variable | WordFlags.BracedVariable)) | WordFlags.ResolvedVariable,
            });
        }

        ReadOnlySpan<char> name = command.CommandName;
        if (name.Length <= 9 && name is "read" or "export" or "declare" or "typeset" or "local" or "readonly" or "unset" or "eval"
            or "source" or "." or "mapfile" or "readarray" or "let" or "printf" or "getopts" or "exec")
        {
            ForgetVariables();
        }
    }

    private void Remember(SimpleCommand definer, in ShellWord assignment)
    {
        ReadOnlySpan<char> raw = _line.Text(assignment.Span);
        int eq = raw.IndexOf('=');
        int nameEnd = raw.IndexOfAny('=', '+', '[');
        Forget(raw[..nameEnd]); // also for `x+=v` and `x[0]=v`
        ReadOnlySpan<char> name = raw[..eq];
        ReadOnlySpan<char> value = raw[(eq + 1)..];
        if (nameEnd != eq || !ShellNames.IsName(name) || value.IsEmpty || (assignment.Flags & ~WordFlags.AssignmentShape) != WordFlags.None)
        {
            return;
        }

        foreach (char c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or '+' or ':' or '@' or '%' or ','))
            {
                return;
            }
        }

        if (_variableCount == MaxKnownVariables)
        {
            return; // bounded so lookups stay O(1) per command (linear time); unresolved is the safe outcome
        }

        if (_variableCount == _variables.Length)
        {
            Array.Resize(ref _variables, _variableCount * 2);
        }

        int valueStart = assignment.ValueStart + eq + 1;
        _variables[_variableCount++] = new KnownVariable(definer, assignment.Span.Start, eq, valueStart, value.Length);
    }

    private void Forget(ReadOnlySpan<char> name)
    {
        for (int i = 0; i < _variableCount; i++)
        {
            if (_line.Source.Slice(_variables[i].NameStart, _variables[i].NameLength).SequenceEqual(name))
            {
                _variables[i] = _variables[--_variableCount];
                return;
            }
        }
    }

    private bool TryResolve(in ShellWord word, out KnownVariable known)
    {
        known = default;
        ReadOnlySpan<char> raw = _line.Text(word.Span);
        ReadOnlySpan<char> name;
        if (raw.Length > 3 && raw.StartsWith("${") && raw[^1] == '}')
        {
            name = raw[2..^1];
        }
        else if (raw.Length > 1 && raw[0] == '$')
        {
            name = raw[1..];
        }
        else
        {
            return false;
        }

        if (!ShellNames.IsName(name))
        {
            return false;
        }

        for (int i = 0; i < _variableCount; i++)
        {
            KnownVariable v = _variables[i];
            if (_line.Source.Slice(v.NameStart, v.NameLength).SequenceEqual(name)
                && v.Definer.Terminator is CommandTerminator.Semicolon or CommandTerminator.Newline or CommandTerminator.And)
            {
                known = v;
                return true;
            }
        }

        return false;
    }

    private void FinishFlags()
    {
        WordFlags words = _extraFlags;
        CommandLineFlags line = _lineFlags;
        foreach (SimpleCommand command in _line.Commands)
        {
            words |= command.AllWordFlags;
            if (!command.HasCommandWord && command.AssignmentCount > 0)
            {
                line |= CommandLineFlags.AssignmentOnly;
            }

            foreach (ShellRedirection redirection in command.Redirections)
            {
                if (redirection.WritesFile)
                {
                    line |= CommandLineFlags.OutputRedirection;
                }
            }

            if (command.HasCommandWord)
            {
                CommandNormalizer.ClassifyWrapped(command, out bool evalLike, out bool shellScript);
                line |= (evalLike ? CommandLineFlags.EvalLike : CommandLineFlags.None)
                    | (shellScript ? CommandLineFlags.ShellScript : CommandLineFlags.None);
            }
        }

        line |= Map(words, WordFlags.CommandSubstitution, CommandLineFlags.UnresolvedSubstitution)
            | Map(words, WordFlags.ProcessSubstitution, CommandLineFlags.ProcessSubstitution)
            | Map(words, WordFlags.Variable, CommandLineFlags.Variable)
            | Map(words, WordFlags.BracedVariable, CommandLineFlags.BracedVariable)
            | Map(words, WordFlags.HomeVariable, CommandLineFlags.HomeVariable)
            | Map(words, WordFlags.LeadingTilde, CommandLineFlags.Tilde)
            | Map(words, WordFlags.AnsiCQuoted, CommandLineFlags.AnsiCQuote)
            | Map(words, WordFlags.EscapedWhitespace, CommandLineFlags.EscapedWhitespace)
            | Map(words, WordFlags.ResolvedVariable, CommandLineFlags.ResolvedVariable)
            | Map(words, WordFlags.StaticHeredoc, CommandLineFlags.StaticHeredocSubstitution)
            | Map(words, WordFlags.Arithmetic, CommandLineFlags.Arithmetic)
            | Map(words, WordFlags.UnquotedGlob, CommandLineFlags.Glob)
            | Map(words, WordFlags.BraceExpansion, CommandLineFlags.BraceExpansion);
        _line.Flags = line;
    }

    private static CommandLineFlags Map(WordFlags words, WordFlags flag, CommandLineFlags result) => (words & flag) != 0 ? result : CommandLineFlags.None;

    private readonly record struct KnownVariable(SimpleCommand Definer, int NameStart, int NameLength, int ValueStart, int ValueLength);
}
