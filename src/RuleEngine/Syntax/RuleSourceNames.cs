namespace RuleEngine.Syntax;

/// <summary>Conversions between <see cref="RuleSource"/> and Claude Code's source names.</summary>
public static class RuleSourceNames
{
    /// <summary>The internal name, e.g. <c>localSettings</c>.</summary>
    public static string ToName(this RuleSource source) => source switch
    {
        RuleSource.PolicySettings => "policySettings",
        RuleSource.FlagSettings => "flagSettings",
        RuleSource.CliArg => "cliArg",
        RuleSource.LocalSettings => "localSettings",
        RuleSource.ProjectSettings => "projectSettings",
        RuleSource.UserSettings => "userSettings",
        RuleSource.Session => "session",
        RuleSource.Command => "command",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    /// <summary>A short human label, e.g. <c>local</c>.</summary>
    public static string ToLabel(this RuleSource source) => source switch
    {
        RuleSource.PolicySettings => "managed",
        RuleSource.FlagSettings => "--settings",
        RuleSource.CliArg => "command line",
        RuleSource.LocalSettings => "local",
        RuleSource.ProjectSettings => "project",
        RuleSource.UserSettings => "user",
        RuleSource.Session => "session",
        RuleSource.Command => "command",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    /// <summary>Parses an internal source name; false when unknown.</summary>
    public static bool TryParse(string name, out RuleSource source)
    {
        foreach (RuleSource s in Enum.GetValues<RuleSource>())
        {
            if (string.Equals(s.ToName(), name, StringComparison.Ordinal))
            {
                source = s;
                return true;
            }
        }

        source = default;
        return false;
    }
}
