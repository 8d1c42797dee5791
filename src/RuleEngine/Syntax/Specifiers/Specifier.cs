namespace RuleEngine.Syntax.Specifiers;

/// <summary>
/// The typed view of a rule's content (the text between the parentheses, already unescaped), chosen by
/// the rule's tool family. Produced by <see cref="SpecifierParser.Parse(PermissionRule)"/>; immutable,
/// with value equality. Shape: the canonical tool name plus the unescaped content, refined per kind.
/// </summary>
/// <param name="ToolName">The canonical tool name of the rule (<c>Agent</c> for <c>Task(…)</c>).</param>
/// <param name="Content">The unescaped content, never null and never the tool-wide <c>*</c>.</param>
public abstract record Specifier(string ToolName, string Content);
