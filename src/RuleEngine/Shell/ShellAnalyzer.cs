namespace RuleEngine.Shell;

/// <summary>
/// Entry point of the shell analysis: trims the command (bash.md §1.1), parses it and returns the
/// <see cref="CommandLine"/>. An instance reuses its buffers, so steady-state analysis does not allocate;
/// the returned line is valid until the next call. Not thread-safe: use one analyser per thread.
/// </summary>
internal sealed class ShellAnalyzer
{
    /// <summary>Commands longer than this are not analysed (bash.md §1.2).</summary>
    public const int MaxCommandLength = 10_000;

    private readonly ShellParser _parser = new();
    private readonly CommandLine _line = new();

    /// <summary>Creates an analyser; <paramref name="homeDirectory"/> (if given) replaces <c>$HOME</c> in word values.</summary>
    public ShellAnalyzer(string? homeDirectory = null)
    {
        HomeDirectory = homeDirectory;
    }

    /// <summary>The home directory that replaces <c>$HOME</c> in word values (a pooled analyser is re-pointed per use).</summary>
    internal string? HomeDirectory { get; set; }

    /// <summary>The parser (tests switch its plain-line fast path off to compare the two paths).</summary>
    internal ShellParser Parser => _parser;

    /// <summary>
    /// Analyses <paramref name="command"/>. Over-length input is still parsed best-effort so deny rules can
    /// match (status <see cref="AnalysisStatus.TooLong"/>); on a parse failure the commands parsed so far
    /// remain listed for deny/ask matching only.
    /// </summary>
    public CommandLine Analyze(ReadOnlySpan<char> command)
    {
        ReadOnlySpan<char> trimmed = command.Trim();
        _line.Reset(trimmed);
        _line.TrimOffset = command.Length - command.TrimStart().Length;
        _parser.Parse(_line, HomeDirectory);
        if (trimmed.Length > MaxCommandLength)
        {
            _line.Status = AnalysisStatus.TooLong;
            _line.Reason = $"command is longer than {MaxCommandLength} characters";
            _line.ReasonPosition = MaxCommandLength;
        }

        return _line;
    }
}
