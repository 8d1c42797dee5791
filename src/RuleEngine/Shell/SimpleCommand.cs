using RuleEngine.Syntax;

namespace RuleEngine.Shell;

/// <summary>
/// One simple command, e.g. <c>FOO=1 npm test 2&gt;&amp;1</c>: leading assignments and argv in
/// <see cref="Words"/> (the first <see cref="AssignmentCount"/> are assignments), redirections, heredocs,
/// its span in the source and its nesting <see cref="Context"/>. Instances are pooled by their
/// <see cref="CommandLine"/> and reused by the next analysis.
/// </summary>
internal sealed partial class SimpleCommand
{
    private ShellWord[] _words = new ShellWord[8];
    private ShellRedirection[] _redirections = new ShellRedirection[2];
    private ShellHeredoc[] _heredocs = new ShellHeredoc[1];
    private int _wordCount;
    private int _redirectionCount;
    private int _heredocCount;
    private WordFlags _flagsUnion;

    internal SimpleCommand(CommandLine line)
    {
        Line = line;
    }

    /// <summary>The command line this command belongs to (source text and value buffer).</summary>
    public CommandLine Line { get; }

    /// <summary>Index in <see cref="CommandLine.Commands"/>.</summary>
    public int Index { get; private set; }

    /// <summary>Span in <see cref="CommandLine.Source"/> from the first to the last token (heredoc bodies excluded).</summary>
    public TextSpan Span { get; internal set; }

    /// <summary>Nesting context (flags of every enclosing construct).</summary>
    public CommandContext Context { get; internal set; }

    /// <summary>The operator that ended this command.</summary>
    public CommandTerminator Terminator { get; internal set; }

    /// <summary>
    /// True for the word-less command that carries the redirections of a compound command
    /// (<c>{ a; b; } &gt; out.log</c> → <c>&gt; out.log</c>): the writes apply to everything inside.
    /// </summary>
    public bool IsCompoundRedirection { get; internal set; }

    /// <summary>Number of leading assignment words in <see cref="Words"/>.</summary>
    public int AssignmentCount { get; internal set; }

    /// <summary>Leading assignments followed by argv, in source order.</summary>
    public ReadOnlySpan<ShellWord> Words => _words.AsSpan(0, _wordCount);

    /// <summary>The leading assignments (<c>FOO=1</c>, <c>A+=x</c>, <c>A[0]=1</c>).</summary>
    public ReadOnlySpan<ShellWord> Assignments => _words.AsSpan(0, AssignmentCount);

    /// <summary>argv: the command word and its arguments.</summary>
    public ReadOnlySpan<ShellWord> Arguments => _words.AsSpan(AssignmentCount, _wordCount - AssignmentCount);

    /// <summary>Redirections in source order.</summary>
    public ReadOnlySpan<ShellRedirection> Redirections => _redirections.AsSpan(0, _redirectionCount);

    /// <summary>Heredoc bodies, referenced by <see cref="ShellRedirection.HeredocIndex"/>.</summary>
    public ReadOnlySpan<ShellHeredoc> Heredocs => _heredocs.AsSpan(0, _heredocCount);

    /// <summary>Whether there is a command word (false for <c>FOO=1</c> or <c>&gt; file</c> alone).</summary>
    public bool HasCommandWord => _wordCount > AssignmentCount;

    /// <summary>The raw source text of the command (quotes kept, heredoc bodies excluded).</summary>
    public ReadOnlySpan<char> RawText => Line.Source.Slice(Span.Start, Span.Length);

    /// <summary>The unquoted value of the command word, or empty.</summary>
    public ReadOnlySpan<char> CommandName => HasCommandWord ? Line.Value(in _words[AssignmentCount]) : default;

    /// <summary>The unquoted value of argv[<paramref name="i"/>].</summary>
    public ReadOnlySpan<char> Argument(int i) => Line.Value(in _words[AssignmentCount + i]);

    /// <summary>Union of the flags of all words and redirection targets.</summary>
    public WordFlags AllWordFlags => _flagsUnion;

    /// <summary>The raw text as a new string (allocates; for diagnostics and tests).</summary>
    public override string ToString() => RawText.ToString();

    internal void Reset(int index, int start, CommandContext context)
    {
        Index = index;
        Span = new TextSpan(start, 0);
        Context = context;
        Terminator = CommandTerminator.None;
        IsCompoundRedirection = false;
        AssignmentCount = 0;
        _wordCount = 0;
        _redirectionCount = 0;
        _heredocCount = 0;
        _flagsUnion = WordFlags.None;
        ResetCandidates();
    }

    internal void AddWord(in ShellWord word)
    {
        if (_wordCount == _words.Length)
        {
            Array.Resize(ref _words, _wordCount * 2);
        }

        _words[_wordCount++] = word;
        _flagsUnion |= word.Flags;
    }

    internal void ReplaceWord(int index, in ShellWord word)
    {
        _words[index] = word;
        _flagsUnion = WordFlags.None;
        for (int i = 0; i < _wordCount; i++)
        {
            _flagsUnion |= _words[i].Flags;
        }

        for (int i = 0; i < _redirectionCount; i++)
        {
            _flagsUnion |= _redirections[i].Target.Flags;
        }
    }

    internal int AddHeredoc(in ShellHeredoc heredoc)
    {
        if (_heredocCount == _heredocs.Length)
        {
            Array.Resize(ref _heredocs, _heredocCount * 2);
        }

        _heredocs[_heredocCount] = heredoc;
        return _heredocCount++;
    }

    internal void SetHeredoc(int index, in ShellHeredoc heredoc) => _heredocs[index] = heredoc;

    internal void AddRedirection(in ShellRedirection redirection)
    {
        if (_redirectionCount == _redirections.Length)
        {
            Array.Resize(ref _redirections, _redirectionCount * 2);
        }

        _redirections[_redirectionCount++] = redirection;
        _flagsUnion |= redirection.Target.Flags;
    }
}
