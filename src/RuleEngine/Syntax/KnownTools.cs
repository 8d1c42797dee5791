using System.Collections.Frozen;

namespace RuleEngine.Syntax;

/// <summary>Built-in tool names of Claude Code 2.1.329 (rules.md §2), used for "unknown tool" diagnostics.</summary>
public static class KnownTools
{
    /// <summary>Canonical built-in tool names.</summary>
    public static readonly FrozenSet<string> Names = new[]
    {
        "Agent", "Artifact", "AskUserQuestion", "Bash", "ClaudeDesign", "CronCreate", "CronDelete", "CronList",
        "Edit", "EndConversation", "EnterPlanMode", "EnterWorktree", "ExitPlanMode", "ExitWorktree", "Glob", "Grep",
        "ListAgents", "ListMcpResourcesTool", "LSP", "Monitor", "NotebookEdit", "OfferChromeSetup", "PowerShell",
        "Projects", "propose_skills", "PushNotification", "Read", "ReadMcpResourceDirTool", "ReadMcpResourceTool",
        "ReadNotifications", "RemoteTrigger", "ReportFindings", "ScheduleWakeup", "SendFeedback", "SendMessage",
        "SendUserFile", "SendUserMessage", "SetGoal", "ShareOnboardingGuide", "ShowOnboardingRolePicker", "Skill",
        "SubagentHandback", "TaskCreate", "TaskGet", "TaskList", "TaskStop", "TaskUpdate", "TodoWrite", "ToolSearch",
        "WaitForMcpServers", "WebFetch", "WebSearch", "Workflow", "Write",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Legacy names still accepted in rules (not aliased to another tool).</summary>
    public static readonly FrozenSet<string> LegacyNames = new[] { "MultiEdit", "NotebookRead", "LS", "Task", "Cd" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a built-in, legacy or alias tool name.</summary>
    public static bool IsKnown(string name) => Names.Contains(name) || LegacyNames.Contains(name) || ToolAliases.IsAlias(name);
}
