namespace RuleEngine.Syntax;

/// <summary>Legacy tool names that rules still accept, mapped to canonical names (rules.md §1.3).</summary>
public static class ToolAliases
{
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.Ordinal)
    {
        ["Task"] = "Agent",
        ["KillShell"] = "TaskStop",
        ["KillBash"] = "TaskStop",
        ["ListPeers"] = "ListAgents",
        ["Brief"] = "SendUserMessage",
        ["ListMcpResources"] = "ListMcpResourcesTool",
        ["ReadMcpResource"] = "ReadMcpResourceTool",
        ["ReadMcpResourceDir"] = "ReadMcpResourceDirTool",
        ["ProposeGoal"] = "SetGoal",
    };

    /// <summary>The canonical name for <paramref name="name"/> (itself when it is not an alias).</summary>
    public static string Resolve(string name) => s_aliases.TryGetValue(name, out string? canonical) ? canonical : name;

    /// <summary>True when <paramref name="name"/> is a legacy alias.</summary>
    public static bool IsAlias(string name) => s_aliases.ContainsKey(name);
}
