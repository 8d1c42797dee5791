namespace RuleEngine.Shell;

/// <summary>Candidate strings per rule list (bash.md §4), rendered lazily and cached.</summary>
internal sealed partial class SimpleCommand
{
    private void ResetCandidates()
    {
    }
}
