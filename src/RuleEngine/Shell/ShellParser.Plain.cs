using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using RuleEngine.Syntax;

namespace RuleEngine.Shell;

/// <summary>
/// The plain-line fast path: most commands an agent runs are words of ordinary characters joined by
/// <c>&amp;&amp;</c>, <c>||</c>, <c>|</c>, <c>|&amp;</c> and <c>;</c>, with simple redirections
/// (<c>git status --short &amp;&amp; npm run build 2&gt;&amp;1</c>). Such a line needs none of the recursive
/// machinery: one vectorised check proves it contains no quoting, expansion, glob, brace, comment, grouping,
/// newline or non-ASCII character, and one scan splits it. The scan produces exactly the <see cref="CommandLine"/> the full parser would (an FsCheck property
/// compares the two on generated lines); anything it does not expect — an empty command, a trailing operator,
/// a background <c>&amp;</c>, <c>;;</c>, a reserved word, a heredoc — abandons the fast path and the full parser runs.
/// </summary>
internal sealed partial class ShellParser
{
    // Printable ASCII and the space, minus every character the full parser gives a meaning beyond "word
    // character", "list operator" or "redirection": \ ' " $ ` * ? [ ] { } ~ # ( ) ! and all controls (tab,
    // newline, NUL).
    private static readonly SearchValues<char> s_plainLine = SearchValues.Create(
        " %+,-./0123456789:=@ABCDEFGHIJKLMNOPQRSTUVWXYZ^_abcdefghijklmnopqrstuvwxyz&;|<>");


    // Bit i of block i / 64: character i of the line is a word break (space, `;`, `&`, `|`, `<`, `>`) / is `=`. Built
    // 16 characters at a time with vector compares, so finding the end of a word is a bit scan, not a call.
    private ulong[] _breakBits = new ulong[4];
    private ulong[] _equalsBits = new ulong[4];

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
        // The line and the position live in locals (a span, an int never passed by reference), so the scan keeps
        // them in registers instead of reloading the fields and a stack slot at every character.
        ReadOnlySpan<char> s = _s.AsSpan(0, _end);
        if (s.IsEmpty || s.IndexOfAnyExcept(s_plainLine) >= 0)
        {
            return false;
        }

        BuildPlainBits(s);
        int pos = 0;
        while (true)
        {
            while (pos < s.Length && s[pos] == ' ')
            {
                pos++;
            }

            if (pos >= s.Length || IsPlainOperator(s[pos]))
            {
                return Abandon(); // an empty command: the full parser reports it
            }

            pos = ParsePlainCommand(s, pos, out SimpleCommand? command);
            if (command is null)
            {
                return Abandon();
            }

            if (pos >= s.Length)
            {
                break;
            }

            char c = s[pos];
            char next = pos + 1 < s.Length ? s[pos + 1] : '\0';
            if (c == ';')
            {
                if (next is ';' or '&')
                {
                    return Abandon(); // a case-arm terminator outside `case`
                }

                command.Terminator = CommandTerminator.Semicolon;
                pos++;
                while (pos < s.Length && s[pos] == ' ')
                {
                    pos++;
                }

                if (pos >= s.Length)
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

    /// <summary>
    /// One simple command of plain words and simple redirections of the line <paramref name="s"/> from
    /// <paramref name="pos"/> (at a token); returns where it ends. <paramref name="parsed"/> is null when it
    /// starts with a reserved word or has a redirection the fast path leaves to the full parser.
    /// </summary>
    private int ParsePlainCommand(ReadOnlySpan<char> s, int pos, out SimpleCommand? parsed)
    {
        int start = pos;
        int lastEnd = pos;
        SimpleCommand? command = null;
        while (true)
        {
            if (IsRedirectionAt(s, pos))
            {
                command ??= _line.RentCommand(pos, _context);
                int at = pos; // only this copy is passed by reference
                if (!TryParsePlainRedirection(command, ref at))
                {
                    parsed = null;
                    return at;
                }

                pos = at;
            }
            else
            {
                int wordStart = pos;
                pos = EndOfPlainWord(pos);
                if (command is null && IsReservedAtCommandStart(s[wordStart..pos]))
                {
                    parsed = null;
                    return pos;
                }

                command ??= _line.RentCommand(wordStart, _context);
                WordFlags flags = AnyBit(_equalsBits, wordStart, pos) && LooksLikeAssignment(wordStart, pos) ? WordFlags.AssignmentShape : WordFlags.None;
                bool assignment = flags != WordFlags.None && command.Words.Length == command.AssignmentCount;
                command.AddWord(new ShellWord(new TextSpan(wordStart, pos - wordStart), wordStart, pos - wordStart, flags));
                if (assignment)
                {
                    command.AssignmentCount++;
                }
            }

            lastEnd = pos;
            while (pos < s.Length && s[pos] == ' ')
            {
                pos++;
            }

            if (pos >= s.Length || (IsPlainOperator(s[pos]) && !IsRedirectionAt(s, pos)))
            {
                command.Span = TextSpan.FromBounds(start, lastEnd);
                OnSimpleCommandParsed(command);
                parsed = command;
                return pos;
            }
        }
    }

    /// <summary>
    /// A redirection with a plain target, as <c>ParseRedirection</c> reads it: <c>&gt;</c>, <c>&gt;&gt;</c>,
    /// <c>&gt;|</c>, <c>&gt;&amp;</c>, <c>&amp;&gt;</c>, <c>&amp;&gt;&gt;</c>, <c>&lt;</c>, <c>&lt;&amp;</c>,
    /// <c>&lt;&gt;</c> with an optional fd. Heredocs and here-strings, and a missing target, return false.
    /// </summary>
    private bool TryParsePlainRedirection(SimpleCommand command, ref int pos)
    {
        int start = pos;
        int fd = -1;
        while (char.IsAsciiDigit(_s[pos]))
        {
            int digit = _s[pos] - '0';
            fd = fd < 0 ? digit : (fd > 100_000 ? fd : (fd * 10) + digit);
            pos++;
        }

        char n1 = pos + 1 < _end ? _s[pos + 1] : '\0';
        char n2 = pos + 2 < _end ? _s[pos + 2] : '\0';
        (RedirectionKind kind, int length) = RedirectionOperator(_s[pos], n1, n2);
        if (kind is RedirectionKind.Heredoc or RedirectionKind.HereString)
        {
            return false;
        }

        pos += length;
        while (pos < _end && _s[pos] == ' ')
        {
            pos++;
        }

        if (pos >= _end || IsOperatorChar(_s[pos]))
        {
            return false; // no target: the full parser reports it
        }

        int targetStart = pos;
        pos = EndOfPlainWord(pos);
        var target = new ShellWord(new TextSpan(targetStart, pos - targetStart), targetStart, pos - targetStart, WordFlags.None);
        kind = ResolveDuplication(kind, _s.AsSpan(targetStart, pos - targetStart));

        command.AddRedirection(new ShellRedirection(TextSpan.FromBounds(start, pos), fd, kind, target, -1));
        return true;
    }

    /// <summary>The position of the first word break at or after <paramref name="pos"/>, or the end of the line.</summary>
    private int EndOfPlainWord(int pos)
    {
        int block = pos >> 6;
        ulong bits = _breakBits[block] & (ulong.MaxValue << (pos & 63));
        int blocks = (_end + 63) >> 6;
        while (bits == 0)
        {
            if (++block >= blocks)
            {
                return _end;
            }

            bits = _breakBits[block];
        }

        return (block << 6) + BitOperations.TrailingZeroCount(bits);
    }

    /// <summary>Whether any bit in [<paramref name="start"/>, <paramref name="end"/>) is set.</summary>
    private static bool AnyBit(ulong[] bits, int start, int end)
    {
        for (int block = start >> 6; block <= (end - 1) >> 6; block++)
        {
            ulong mask = bits[block];
            if (block == start >> 6)
            {
                mask &= ulong.MaxValue << (start & 63);
            }

            if (block == (end - 1) >> 6 && (end & 63) != 0)
            {
                mask &= ulong.MaxValue >> (64 - (end & 63));
            }

            if (mask != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Fills the break and equals bit sets of the line (every bit past the end stays clear).</summary>
    private void BuildPlainBits(ReadOnlySpan<char> s)
    {
        int blocks = (s.Length + 63) >> 6;
        if (_breakBits.Length < blocks)
        {
            _breakBits = new ulong[Math.Max(blocks, _breakBits.Length * 2)];
            _equalsBits = new ulong[_breakBits.Length];
        }

        Array.Clear(_breakBits, 0, blocks);
        Array.Clear(_equalsBits, 0, blocks);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
            for (; i + Vector256<ushort>.Count <= s.Length; i += Vector256<ushort>.Count)
            {
                // 16 characters per step; 64 is a multiple of 16, so a step never straddles two blocks.
                Vector256<ushort> v = Vector256.LoadUnsafe(ref start, (nuint)i);
                Vector256<ushort> breaks = Vector256.Equals(v, Vector256.Create((ushort)' '))
                    | Vector256.Equals(v, Vector256.Create((ushort)';'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'&'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'|'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'<'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'>'));
                _breakBits[i >> 6] |= (ulong)breaks.ExtractMostSignificantBits() << (i & 63);
                _equalsBits[i >> 6] |= (ulong)Vector256.Equals(v, Vector256.Create((ushort)'=')).ExtractMostSignificantBits() << (i & 63);
            }
        }

        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c is ' ' or ';' or '&' or '|' or '<' or '>')
            {
                _breakBits[i >> 6] |= 1UL << (i & 63);
            }
            else if (c == '=')
            {
                _equalsBits[i >> 6] |= 1UL << (i & 63);
            }
        }
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
