namespace RuleEngine.Shell;

/// <summary>Access for the compiled back-end, which matches candidates in place as (buffer, start, length).</summary>
internal sealed partial class SimpleCommand
{
    /// <summary>The buffer the candidates live in; read it after <see cref="GetCandidates"/> (which may grow it).</summary>
    internal char[] CandidateBuffer => _candidateChars;
}
