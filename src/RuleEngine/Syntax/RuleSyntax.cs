using System.Collections.Immutable;
using RuleEngine.Diagnostics;

namespace RuleEngine.Syntax;

/// <summary>
/// The concrete syntax of one rule string: where the tool name and content sit in the text, and the
/// diagnostics found while splitting it. <see cref="Rule"/> is the semantic tree.
/// Example: for <c>Bash(npm test)</c> the tool-name span is [0..4) and the content span [5..13).
/// </summary>
public sealed class RuleSyntax
{
    internal RuleSyntax(
        string text,
        PermissionRule rule,
        string writtenToolName,
        TextSpan toolNameSpan,
        TextSpan? contentSpan,
        bool isMalformed,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Rule = rule;
        WrittenToolName = writtenToolName;
        ToolNameSpan = toolNameSpan;
        ContentSpan = contentSpan;
        IsMalformed = isMalformed;
        Diagnostics = diagnostics;
    }

    /// <summary>The rule string exactly as written (after JSON unescaping).</summary>
    public string Text { get; }

    /// <summary>The semantic rule.</summary>
    public PermissionRule Rule { get; }

    /// <summary>The tool name as written, before alias resolution (<c>Task</c>).</summary>
    public string WrittenToolName { get; }

    /// <summary>Where the tool name sits in <see cref="Text"/>.</summary>
    public TextSpan ToolNameSpan { get; }

    /// <summary>Where the raw content (between the parentheses) sits in <see cref="Text"/>; null for a bare name.</summary>
    public TextSpan? ContentSpan { get; }

    /// <summary>True when the parentheses are unbalanced or misplaced (rules.md §1.1 step 3).</summary>
    public bool IsMalformed { get; }

    /// <summary>Syntax diagnostics with spans relative to <see cref="Text"/>.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
