namespace RuleEngine.AutoMode;

/// <summary>Why auto mode drops an allow rule (auto-mode.md §2).</summary>
public enum DangerousRuleKind
{
    /// <summary>Every <c>Agent</c> and <c>Monitor</c> allow rule (§2.1), e.g. <c>Agent(Explore)</c>.</summary>
    AgentOrMonitor,

    /// <summary>A tool-wide shell rule or one whose content is only <c>*</c> (§2.2 rule 1), e.g. <c>Bash(**)</c>.</summary>
    ToolWideShell,

    /// <summary>The rule names an interpreter with any arguments (§2.2 rule 2), e.g. <c>Bash(python:*)</c>.</summary>
    Interpreter,

    /// <summary>The wildcard can complete an interpreter or wrapper invocation (§2.2 rule 3), e.g. <c>Bash(nice *)</c>.</summary>
    WildcardReachesInterpreter,

    /// <summary><c>autoMode.classifyAllShell</c> suspends every shell allow rule (§2.4).</summary>
    ClassifyAllShell,
}
