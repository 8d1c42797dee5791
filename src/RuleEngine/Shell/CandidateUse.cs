namespace RuleEngine.Shell;

/// <summary>Which rule kinds a candidate string is matched against (bash.md §4.1).</summary>
[Flags]
internal enum CandidateUse
{
    /// <summary>Not used.</summary>
    None = 0,

    /// <summary>Exact rules.</summary>
    Exact = 1,

    /// <summary>Prefix and wildcard rules (redirections removed, blank runs collapsed to one space).</summary>
    Pattern = 2,
}
