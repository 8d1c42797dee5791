using RuleEngine.Syntax;

namespace RuleEngine.Shell;

/// <summary>
/// The analysis of one command line: status, the simple commands in source order (outer commands before
/// the commands nested in their words), whole-line flags and the buffers words point into. Owned and
/// reused by one <see cref="ShellAnalyzer"/>: valid until its next <c>Analyze</c> call.
/// </summary>
internal sealed class CommandLine
{
    private readonly List<SimpleCommand> _pool = new();
    // One buffer: the source text, then the word values that unquoting built. A plain word's value is its
    // raw text, so it points into the source part and nothing is copied for it.
    private char[] _source = new char[512];
    private int _sourceLength;
    private int _valueLength;
    private int _commandCount;

    /// <summary>Ok, or why the line cannot be analysed.</summary>
    public AnalysisStatus Status { get; internal set; }

    /// <summary>Human-readable reason when <see cref="Status"/> is not Ok, else null.</summary>
    public string? Reason { get; internal set; }

    /// <summary>Position the reason refers to (-1 when none).</summary>
    public int ReasonPosition { get; internal set; } = -1;

    /// <summary>Whole-line facts.</summary>
    public CommandLineFlags Flags { get; internal set; }

    /// <summary>How many leading characters trimming removed: add it to a span to get an offset in the original input.</summary>
    public int TrimOffset { get; internal set; }

    /// <summary>The analysed text (already trimmed, bash.md §1.1).</summary>
    public ReadOnlySpan<char> Source => _source.AsSpan(0, _sourceLength);

    /// <summary>The simple commands, in source order of their start.</summary>
    public ReadOnlySpan<SimpleCommand> Commands => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pool)[.._commandCount];

    /// <summary>Steps taken by the parser (each proportional to one character); used to assert linear time.</summary>
    public long Steps { get; internal set; }

    /// <summary>Whether the source contains a line continuation (backslash-newline) anywhere.</summary>
    public bool HasLineContinuation { get; internal set; }

    /// <summary>Whether <see cref="Status"/> is Ok.</summary>
    public bool IsOk => Status == AnalysisStatus.Ok;

    /// <summary>Whether any flag in <paramref name="flags"/> is set.</summary>
    public bool Has(CommandLineFlags flags) => (Flags & flags) != 0;

    /// <summary>The unquoted value of a word of this line.</summary>
    public ReadOnlySpan<char> Value(in ShellWord word) => _source.AsSpan(word.ValueStart, word.ValueLength);

    /// <summary>The raw text of a span of this line.</summary>
    public ReadOnlySpan<char> Text(TextSpan span) => Source.Slice(span.Start, span.Length);

    internal char[] SourceBuffer => _source;

    internal int SourceLength => _sourceLength;

    internal int CommandCount => _commandCount;

    internal void Reset(ReadOnlySpan<char> text)
    {
        if (_source.Length < text.Length)
        {
            _source = new char[Math.Max(text.Length, _source.Length * 2)];
        }

        text.CopyTo(_source);
        _sourceLength = text.Length;
        _valueLength = text.Length; // values are appended after the source
        _commandCount = 0;
        Status = AnalysisStatus.Ok;
        Reason = null;
        ReasonPosition = -1;
        Flags = CommandLineFlags.None;
        Steps = 0;
        HasLineContinuation = text.IndexOf('\\') >= 0 && text.Contains("\\\n", StringComparison.Ordinal);
    }

    internal SimpleCommand RentCommand(int start, CommandContext context)
    {
        if (_commandCount == _pool.Count)
        {
            _pool.Add(new SimpleCommand(this));
        }

        SimpleCommand command = _pool[_commandCount];
        command.Reset(_commandCount, start, context);
        _commandCount++;
        return command;
    }

    /// <summary>Forgets every command and word value (the parser starts the line again).</summary>
    internal void ResetCommands()
    {
        _commandCount = 0;
        _valueLength = _sourceLength;
    }

    /// <summary>Drops commands from <paramref name="count"/> on (used when a substitution is resolved statically).</summary>
    internal void TruncateCommands(int count) => _commandCount = count;

    internal int AppendValue(ReadOnlySpan<char> value)
    {
        EnsureValueCapacity(value.Length);
        int start = _valueLength;
        value.CopyTo(_source.AsSpan(start));
        _valueLength += value.Length;
        return start;
    }

    private void EnsureValueCapacity(int extra)
    {
        if (_valueLength + extra > _source.Length)
        {
            // The source part is copied along, so offsets into it stay valid (the parser may keep reading the old array).
            Array.Resize(ref _source, Math.Max(_source.Length * 2, _valueLength + extra));
        }
    }
}
