namespace RuleEngine.Shell;

/// <summary>Unwinds the parser when input is unparseable or too complex; never escapes <see cref="ShellParser"/>.</summary>
internal sealed class ShellParseException : Exception
{
    public ShellParseException(AnalysisStatus status, string reason, int position)
        : base(reason)
    {
        Status = status;
        Position = position;
    }

    public AnalysisStatus Status { get; }

    public int Position { get; }
}
