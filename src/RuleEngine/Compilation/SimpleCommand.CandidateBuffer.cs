namespace RuleEngine.Shell;

/// <summary>Access for the compiled back-end, which matches candidates in place as (buffer, start, length).</summary>
internal sealed partial class SimpleCommand
{
    /// <summary>The buffer the candidates live in; read it after <see cref="GetCandidates"/> (which may grow it).</summary>
    internal char[] CandidateBuffer => _candidateChars;

    /// <summary>The index that computed <see cref="SoleAnswers"/> for this use of the command, or null.</summary>
    internal object? SoleAnswersOwner { get; set; }

    /// <summary>
    /// A rule index's answers for this command's sole candidate (valid while <see cref="SoleAnswersOwner"/> is that index).
    /// A field, so the index writes the answers in place rather than into a temporary that is then copied whole.
    /// </summary>
    internal Compilation.SoleAnswers SoleAnswers;
}
