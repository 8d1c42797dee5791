namespace RuleEngine.Syntax.Specifiers;

/// <summary>
/// A parameter rule <c>Tool(key:value)</c>, e.g. <c>Agent(model:opus)</c> or <c>Bash(run_in_background:true)</c>
/// (rules.md §4), consulted in the deny and ask stages only. Shape: <see cref="Key"/> and <see cref="Value"/>,
/// split at the first <c>:</c> and trimmed, both non-empty; <see cref="IsPrimaryField"/> marks a key that
/// is the tool's primary content field and is therefore never used (<c>Bash(command:rm *)</c>).
/// </summary>
/// <param name="ToolName">The canonical tool name.</param>
/// <param name="Content">The unescaped content as written (<c> model : opus </c>).</param>
/// <param name="Key">The trimmed input property name (<c>model</c>).</param>
/// <param name="Value">The trimmed value pattern (<c>opus</c>); <c>*</c> matches any run of characters.</param>
/// <param name="IsPrimaryField">True when <see cref="Key"/> is <see cref="PrimaryFieldOf(string)"/> of the tool.</param>
public sealed record ParameterSpecifier(string ToolName, string Content, string Key, string Value, bool IsPrimaryField)
    : Specifier(ToolName, Content)
{
    /// <summary>
    /// The tool's primary content field, which parameter rules skip (rules.md §4 step 2): <c>command</c>
    /// (Bash, PowerShell, Monitor), <c>file_path</c> (Read, Edit, Write), <c>notebook_path</c> (NotebookEdit),
    /// <c>url</c> (WebFetch), <c>path</c> (Glob, Grep); null for every other tool.
    /// </summary>
    public static string? PrimaryFieldOf(string toolName) => toolName switch
    {
        "Bash" or "PowerShell" or "Monitor" => "command",
        "Read" or "Edit" or "Write" => "file_path",
        "NotebookEdit" => "notebook_path",
        "WebFetch" => "url",
        "Glob" or "Grep" => "path",
        _ => null,
    };

    /// <summary>
    /// Reads <paramref name="content"/> as <c>key:value</c>: split at the first <c>:</c>, trim both sides;
    /// null when there is no <c>:</c> or either side is empty after trimming.
    /// </summary>
    public static ParameterSpecifier? TryCreate(string toolName, string content)
    {
        ArgumentNullException.ThrowIfNull(toolName);
        ArgumentNullException.ThrowIfNull(content);
        int colon = content.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        string key = content[..colon].Trim();
        string value = content[(colon + 1)..].Trim();
        if (key.Length == 0 || value.Length == 0)
        {
            return null;
        }

        return new ParameterSpecifier(toolName, content, key, value, string.Equals(key, PrimaryFieldOf(toolName), StringComparison.Ordinal));
    }
}
