namespace RuleEngine.Syntax.Specifiers;

/// <summary>
/// Classifies a rule's content by tool family (rules.md §2): command patterns, path patterns, WebFetch
/// hosts, subagent types, skill names, parameter rules, and opaque content for everything else.
/// Never throws for a rule produced by <see cref="RuleParser"/>.
/// </summary>
public static class SpecifierParser
{
    private static readonly HashSet<string> s_pathTools = new(StringComparer.Ordinal)
    {
        "Read", "Edit", "Write", "NotebookEdit", "MultiEdit", "NotebookRead", "Glob", "Grep", "Cd",
    };

    /// <summary>
    /// The primary typed reading of <paramref name="rule"/>'s content, or null for a tool-wide rule.
    /// Tool-name globs and MCP rules with content are <see cref="OpaqueSpecifier"/> (they never match);
    /// so is WebFetch content without <c>domain:</c>. Tools without their own content syntax get a
    /// <see cref="ParameterSpecifier"/> when the content has the <c>key:value</c> form.
    /// </summary>
    public static Specifier? Parse(PermissionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Content is not string content)
        {
            return null;
        }

        string tool = rule.ToolName;
        if (rule.HasToolGlob || rule.IsMcp)
        {
            return new OpaqueSpecifier(tool, content);
        }

        switch (tool)
        {
            case "Bash" or "PowerShell" or "Monitor":
                CommandPatternKind kind = CommandPatternSpecifier.Classify(content);
                return new CommandPatternSpecifier(tool, content, kind,
                    kind == CommandPatternKind.Prefix ? content[..^2] : null, IgnoreCase: tool == "PowerShell");
            case "WebFetch":
                return content.StartsWith(DomainSpecifier.DomainPrefix, StringComparison.Ordinal)
                    ? new DomainSpecifier(tool, content, content[DomainSpecifier.DomainPrefix.Length..])
                    : new OpaqueSpecifier(tool, content);
            case "Agent":
                return new SubagentSpecifier(tool, content, content);
            case "Skill":
                return ParseSkill(content);
            default:
                if (s_pathTools.Contains(tool))
                {
                    (PathAnchor anchor, string pattern) = PathSpecifier.SplitAnchor(content);
                    return new PathSpecifier(tool, content, anchor, pattern);
                }

                return (Specifier?)ParameterSpecifier.TryCreate(tool, content) ?? new OpaqueSpecifier(tool, content);
        }
    }

    /// <summary>
    /// The additional parameter-rule reading of <paramref name="rule"/> tried in the deny and ask stages
    /// (rules.md §4), for every tool: <c>Bash(timeout:600000)</c> is both an exact command pattern and the
    /// parameter rule <c>timeout</c>/<c>600000</c>. Null for tool-wide, glob and MCP rules and for content
    /// that is not <c>key:value</c>.
    /// </summary>
    public static ParameterSpecifier? ParseParameter(PermissionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Content is not string content || rule.HasToolGlob || rule.IsMcp)
        {
            return null;
        }

        return ParameterSpecifier.TryCreate(rule.ToolName, content);
    }

    private static SkillSpecifier ParseSkill(string content)
    {
        string name = content.StartsWith('/') ? content[1..] : content;
        if (name.EndsWith(" *", StringComparison.Ordinal) || name.EndsWith(":*", StringComparison.Ordinal))
        {
            return new SkillSpecifier("Skill", content, SkillPatternKind.Prefix, name[..^2]);
        }

        return new SkillSpecifier("Skill", content, SkillPatternKind.Exact, name);
    }
}
