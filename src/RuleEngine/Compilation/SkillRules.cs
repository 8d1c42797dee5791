namespace RuleEngine.Compilation;

/// <summary>Skill rule content (rules.md §8): exact name, or a prefix for <c>name *</c> / <c>name:*</c>; a leading <c>/</c> is ignored.</summary>
internal static class SkillRules
{
    /// <summary>Whether <paramref name="content"/> matches the skill name (already stripped of leading slashes).</summary>
    public static bool Matches(string content, string skill)
    {
        string body = Normalize(content, out bool prefix);
        return prefix ? skill.StartsWith(body, StringComparison.Ordinal) : string.Equals(body, skill, StringComparison.Ordinal);
    }

    /// <summary>The name or prefix a rule compares, and whether it is a prefix.</summary>
    public static string Normalize(string content, out bool prefix)
    {
        string c = content.StartsWith('/') ? content[1..] : content;
        prefix = c.EndsWith(" *", StringComparison.Ordinal) || c.EndsWith(":*", StringComparison.Ordinal);
        return prefix ? c[..^2] : c;
    }
}
