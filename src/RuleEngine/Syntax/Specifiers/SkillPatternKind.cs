namespace RuleEngine.Syntax.Specifiers;

/// <summary>How a Skill rule compares skill names (rules.md §8).</summary>
public enum SkillPatternKind
{
    /// <summary>The whole, case-sensitive skill name, e.g. <c>Skill(commit)</c>; a <c>*</c> is literal.</summary>
    Exact,

    /// <summary>Content ending in <c> *</c> or <c>:*</c>: a prefix without word boundary, e.g. <c>Skill(review-pr *)</c>.</summary>
    Prefix,
}
