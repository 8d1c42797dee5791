namespace RuleEngine.AutoMode.Configuration;

/// <summary>The four prose sections of the <c>autoMode</c> settings block (settings.md §6).</summary>
public enum AutoModeSection
{
    /// <summary><c>environment</c>: facts about the organisation and its trust boundary.</summary>
    Environment,

    /// <summary><c>allow</c>: exceptions that clear a soft block.</summary>
    Allow,

    /// <summary><c>soft_deny</c>: blocked unless an allow exception or specific user intent clears it.</summary>
    SoftDeny,

    /// <summary><c>hard_deny</c>: blocked unconditionally.</summary>
    HardDeny,
}
