using System.Buffers;
using RuleEngine.Syntax;

namespace RuleEngine.Shell;

/// <summary>
/// The plain-line fast path: most commands an agent runs are words of ordinary characters joined by
/// <c>&amp;&amp;</c>, <c>||</c>, <c>|</c>, <c>|&amp;</c> and <c>;</c> (<c>git status --short &amp;&amp; npm run build</c>).
/// Such a line needs none of the recursive machinery: one vectorised check proves it contains no quoting,
/// expansion, glob, brace, comment, redirection, grouping, newline or non-ASCII character, and one scan splits
/// it. The scan produces exactly the <see cref="CommandLine"/> the full parser would (an FsCheck property
/// compares the two on generated lines); anything it does not expect — an empty command, a trailing operator,
/// a background <c>&amp;</c>, <c>;;</c>, a reserved word — abandons the fast path and the full parser runs.
/// </summary>
internal sealed partial class ShellParser
{
    // Printable ASCII and the space, minus every character the full parser gives a meaning beyond "word
    // character" or "list operator": \ ' " $ ` * ? [ ] { } ~ # ( ) < > ! and all controls (tab, newline, NUL).
    private static readonly SearchValues<char> s_plainLine = SearchValues.Create(
        " %+,-./0123456789:=@ABCDEFGHIJKLMNOPQRSTUVWXYZ^_abcdefghijklmnopqrstuvwxyz&;|");

    private static readonly SearchValues<char> s_plainBreak = SearchValues.Create(" ;&|");

    // Whole-line facts of the line being scanned: without `=` no word is an assignment, without an operator
    // words end only at spaces.
    private bool _plainHasEquals;
    private bool _plainHasOperator;

    /// <summary>Whether <see cref="Parse"/> may take the plain-line fast path (tests turn it off to compare).</summary>
    internal bool PlainFastPath { get; set; } = true;

    /// <summary>Whether the last <see cref="Parse"/> took the plain-line fast path.</summary>
    internal bool LastParseWasPlain { get; private set; }

    /// <summary>
    /// Parses the line when it is plain (see the type remarks); false, with the line and parser state reset,
    /// when the full parser must run instead.
    /// </summary>
    private bool TryParsePlain()
    {
        ReadOnlySpan<char> s = _s.AsSpan(0, _end);
        if (s.IsEmpty || s.IndexOfAnyExcept(s_plainLine) >= 0)
        {
            return false;
        }

        _plainHasEquals = s.Contains('=');
        _plainHasOperator = s.IndexOfAny(';', '&', '|') >= 0;
        int pos = 0;
        while (true)
        {
            while (pos < _end && _s[pos] == ' ')
            {
                pos++;
            }

            if (pos >= _end || IsPlainOperator(_s[pos]))
            {
                return Abandon(); // an empty command: the full parser reports it
            }

            SimpleCommand? command = ParsePlainCommand(ref pos);
            if (command is null)
            {
                return Abandon();
            }

            if (pos >= _end)
            {
                break;
            }

            char c = _s[pos];
            char next = pos + 1 < _end ? _s[pos + 1] : '\0';
            if (c == ';')
            {
                if (next is ';' or '&')
                {
                    return Abandon(); // a case-arm terminator outside `case`
                }

                command.Terminator = CommandTerminator.Semicolon;
                pos++;
                while (pos < _end && _s[pos] == ' ')
                {
                    pos++;
                }

                if (pos >= _end)
                {
                    break; // `a;` ends the list
                }
            }
            else if (c == '&' && next == '&')
            {
                command.Terminator = CommandTerminator.And;
                pos += 2;
            }
            else if (c == '|')
            {
                (command.Terminator, int length) = next switch
                {
                    '|' => (CommandTerminator.Or, 2),
                    '&' => (CommandTerminator.PipeWithStderr, 2),
                    _ => (CommandTerminator.Pipe, 1),
                };
                _lineFlags |= command.Terminator == CommandTerminator.Or ? CommandLineFlags.None : CommandLineFlags.Pipe;
                pos += length;
            }
            else
            {
                return Abandon(); // `&` alone (background) and anything else
            }
        }

        _steps = _end;
        _pos = _end;
        return true;
    }

    /// <summary>One simple command of plain words from <paramref name="pos"/> (at a word); null when it starts with a reserved word.</summary>
    private SimpleCommand? ParsePlainCommand(ref int pos)
    {
        int start = pos;
        int wordEnd = EndOfPlainWord(pos);
        if (IsReservedAtCommandStart(_s.AsSpan(pos, wordEnd - pos)))
        {
            return null;
        }

        SimpleCommand command = _line.RentCommand(start, _context);
        while (true)
        {
            int wordStart = pos;
            pos = wordEnd;
            WordFlags flags = _plainHasEquals && LooksLikeAssignment(wordStart, pos) ? WordFlags.AssignmentShape : WordFlags.None;
            bool assignment = flags != WordFlags.None && command.Words.Length == command.AssignmentCount;
            command.AddWord(new ShellWord(new TextSpan(wordStart, pos - wordStart), wordStart, pos - wordStart, flags));
            if (assignment)
            {
                command.AssignmentCount++;
            }

            int wordsEnd = pos;
            while (pos < _end && _s[pos] == ' ')
            {
                pos++;
            }

            if (pos >= _end || IsPlainOperator(_s[pos]))
            {
                command.Span = TextSpan.FromBounds(start, wordsEnd);
                OnSimpleCommandParsed(command);
                return command;
            }

            wordEnd = EndOfPlainWord(pos);
        }
    }

    private int EndOfPlainWord(int pos)
    {
        ReadOnlySpan<char> rest = _s.AsSpan(pos, _end - pos);
        int stop = _plainHasOperator ? rest.IndexOfAny(s_plainBreak) : rest.IndexOf(' ');
        return stop < 0 ? _end : pos + stop;
    }

    private static bool IsPlainOperator(char c) => c is ';' or '&' or '|';

    /// <summary>The words the full parser treats specially at the start of a command (ParseCommand, AtStop).</summary>
    private static bool IsReservedAtCommandStart(ReadOnlySpan<char> word) => word is
        "if" or "then" or "elif" or "else" or "fi" or "while" or "until" or "for" or "do" or "done" or "case" or "esac"
        or "function" or "select" or "coproc";

    /// <summary>Undoes what the fast path wrote so the full parser starts from a fresh line.</summary>
    private bool Abandon()
    {
        _line.ResetCommands();
        _lineFlags = CommandLineFlags.None;
        _variableCount = 0;
        _steps = 0;
        return false;
    }
}
