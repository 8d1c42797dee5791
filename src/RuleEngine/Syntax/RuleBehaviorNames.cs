namespace RuleEngine.Syntax;

/// <summary>Conversions between <see cref="RuleBehavior"/> and the settings list names.</summary>
public static class RuleBehaviorNames
{
    /// <summary>The list name: <c>allow</c>, <c>ask</c> or <c>deny</c>.</summary>
    public static string ToName(this RuleBehavior behavior) => behavior switch
    {
        RuleBehavior.Allow => "allow",
        RuleBehavior.Ask => "ask",
        RuleBehavior.Deny => "deny",
        _ => throw new ArgumentOutOfRangeException(nameof(behavior)),
    };

    /// <summary>Parses a list name; false when unknown.</summary>
    public static bool TryParse(string name, out RuleBehavior behavior)
    {
        switch (name)
        {
            case "allow": behavior = RuleBehavior.Allow; return true;
            case "ask": behavior = RuleBehavior.Ask; return true;
            case "deny": behavior = RuleBehavior.Deny; return true;
            default: behavior = default; return false;
        }
    }
}
