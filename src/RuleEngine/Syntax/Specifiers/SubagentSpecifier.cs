namespace RuleEngine.Syntax.Specifiers;

/// <summary>
/// An Agent rule naming a subagent type, e.g. <c>Agent(Explore)</c> or <c>Task(my-custom-agent)</c>
/// (rules.md §7). Shape: the subagent type, verbatim and case-sensitive.
/// </summary>
/// <param name="ToolName">Always <c>Agent</c>.</param>
/// <param name="Content">The unescaped content.</param>
/// <param name="AgentType">The subagent type, equal to the content.</param>
public sealed record SubagentSpecifier(string ToolName, string Content, string AgentType)
    : Specifier(ToolName, Content);
