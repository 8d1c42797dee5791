namespace RuleEngine.Syntax;

/// <summary>The behavior list a rule sits in (settings keys <c>permissions.allow/ask/deny</c>).</summary>
public enum RuleBehavior
{
    /// <summary>The rule approves matching calls.</summary>
    Allow,

    /// <summary>The rule makes matching calls prompt.</summary>
    Ask,

    /// <summary>The rule blocks matching calls.</summary>
    Deny,
}
