namespace RuleEngine.Compilation;

/// <summary>Which Bash rules a lookup considers (decision.md §3: exact allow rules run before constraints, pattern rules after).</summary>
[Flags]
internal enum BashRuleKinds
{
    /// <summary>Exact rules only.</summary>
    Exact = 1,

    /// <summary>Prefix and wildcard rules only.</summary>
    Pattern = 2,

    /// <summary>Every rule.</summary>
    All = Exact | Pattern,
}
