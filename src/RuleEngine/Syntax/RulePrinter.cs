using System.Text;

namespace RuleEngine.Syntax;

/// <summary>Prints a <see cref="PermissionRule"/> as canonical rule text (rules.md §1.2).</summary>
public static class RulePrinter
{
    /// <summary>Tool-wide rules print as the bare name; content escapes <c>\</c>, <c>(</c> and <c>)</c>.</summary>
    public static string Print(PermissionRule rule)
    {
        if (rule.Content is null)
        {
            return rule.ToolName;
        }

        var sb = new StringBuilder(rule.ToolName.Length + rule.Content.Length + 8);
        sb.Append(rule.ToolName).Append('(');
        foreach (char c in rule.Content)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '(': sb.Append("\\("); break;
                case ')': sb.Append("\\)"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append(')').ToString();
    }
}
