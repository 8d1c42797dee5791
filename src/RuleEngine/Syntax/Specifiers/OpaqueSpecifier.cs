namespace RuleEngine.Syntax.Specifiers;

/// <summary>
/// Content with no typed reading for its tool, e.g. <c>WebSearch(news)</c>, <c>WebFetch(example.com)</c>
/// (invalid), <c>mcp__github__get_issue(x)</c> (invalid) or <c>Ba*(ls)</c> (never matches). Shape: the content only.
/// </summary>
/// <param name="ToolName">The canonical tool name or tool-name glob.</param>
/// <param name="Content">The unescaped content.</param>
public sealed record OpaqueSpecifier(string ToolName, string Content)
    : Specifier(ToolName, Content);
