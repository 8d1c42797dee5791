namespace RuleEngine.Syntax;

/// <summary>The scope a rule came from. Names follow Claude Code's internal source names.</summary>
public enum RuleSource
{
    /// <summary>Managed settings (<c>policySettings</c>): managed-settings.json, drop-ins, MDM.</summary>
    PolicySettings,

    /// <summary>A <c>--settings</c> file or JSON (<c>flagSettings</c>).</summary>
    FlagSettings,

    /// <summary>Command-line flags such as <c>--allowedTools</c> (<c>cliArg</c>).</summary>
    CliArg,

    /// <summary><c>.claude/settings.local.json</c> (<c>localSettings</c>).</summary>
    LocalSettings,

    /// <summary><c>.claude/settings.json</c> in the project (<c>projectSettings</c>).</summary>
    ProjectSettings,

    /// <summary><c>~/.claude/settings.json</c> (<c>userSettings</c>).</summary>
    UserSettings,

    /// <summary>Session-only rules from <c>/permissions</c> or prompt answers (<c>session</c>).</summary>
    Session,

    /// <summary>Rules contributed by a command or skill (<c>command</c>).</summary>
    Command,
}
