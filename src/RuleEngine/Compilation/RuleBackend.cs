namespace RuleEngine.Evaluation;

/// <summary>How a <see cref="PermissionEngine"/> finds the rules that match a call (chosen after parsing, decisions identical).</summary>
public enum RuleBackend
{
    /// <summary>The reference: every rule of a list is tried in load order.</summary>
    Interpreter,

    /// <summary>
    /// The rule index (rules bucketed by tool, command word, exact text, domain, MCP server, skill) with the
    /// Bash pattern matchers interpreted. The fallback where dynamic code is unavailable.
    /// </summary>
    Indexed,

    /// <summary>The rule index with Bash pattern matchers compiled to delegates by System.Linq.Expressions.</summary>
    Expressions,
}
