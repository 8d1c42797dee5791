namespace RuleEngine.Syntax.Specifiers;

/// <summary>
/// A Skill rule, e.g. <c>Skill(commit)</c> (exact) or <c>Skill(review-pr *)</c> / <c>Skill(/review:*)</c>
/// (prefix) (rules.md §8). Shape: <see cref="Kind"/> and <see cref="Name"/>, the skill name or prefix
/// with one leading <c>/</c> removed and, for a prefix, without the <c> *</c> / <c>:*</c> suffix.
/// </summary>
/// <param name="ToolName">Always <c>Skill</c>.</param>
/// <param name="Content">The unescaped content as written.</param>
/// <param name="Kind">Exact name or prefix.</param>
/// <param name="Name">The skill name (exact) or the prefix text (prefix).</param>
public sealed record SkillSpecifier(string ToolName, string Content, SkillPatternKind Kind, string Name)
    : Specifier(ToolName, Content);
