namespace RuleEngine.AutoMode.Configuration;

/// <summary>JSON key names of <see cref="AutoModeSection"/>.</summary>
public static class AutoModeSectionNames
{
    /// <summary>All sections in settings order.</summary>
    public static IReadOnlyList<AutoModeSection> All { get; } =
        [AutoModeSection.Environment, AutoModeSection.Allow, AutoModeSection.SoftDeny, AutoModeSection.HardDeny];

    /// <summary>The settings key, e.g. <c>soft_deny</c>.</summary>
    public static string ToKey(this AutoModeSection section) => section switch
    {
        AutoModeSection.Environment => "environment",
        AutoModeSection.Allow => "allow",
        AutoModeSection.SoftDeny => "soft_deny",
        AutoModeSection.HardDeny => "hard_deny",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };
}
