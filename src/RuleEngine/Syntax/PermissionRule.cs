namespace RuleEngine.Syntax;

/// <summary>
/// The semantic form of a rule string after splitting, unescaping and alias resolution (rules.md §1),
/// e.g. <c>Bash(npm run *)</c> is <c>("Bash", "npm run *")</c> and <c>Bash(*)</c> is <c>("Bash", null)</c>.
/// Value equality; positions live on <see cref="RuleSyntax"/>.
/// </summary>
/// <param name="ToolName">The canonical tool name or tool-name glob (<c>Agent</c> for <c>Task</c>).</param>
/// <param name="Content">The unescaped specifier, or null for a tool-wide rule.</param>
public sealed record PermissionRule(string ToolName, string? Content)
{
    /// <summary>True for a rule without content (<c>Bash</c>, <c>Bash(*)</c>, <c>Bash()</c>).</summary>
    public bool IsToolWide => Content is null;

    /// <summary>True when the tool name contains the glob character <c>*</c>.</summary>
    public bool HasToolGlob => ToolName.Contains('*');

    /// <summary>True for an MCP tool-name rule (<c>mcp__server</c>, <c>mcp__server__tool</c>).</summary>
    public bool IsMcp => ToolName.StartsWith("mcp__", StringComparison.Ordinal);

    /// <summary>The canonical rule text (rules.md §1.2).</summary>
    public override string ToString() => RulePrinter.Print(this);
}
