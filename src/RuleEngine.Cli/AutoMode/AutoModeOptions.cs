namespace RuleEngine.Cli.AutoMode;

/// <summary>Parsed arguments of <c>rulec auto-mode config|critique</c>.</summary>
internal sealed class AutoModeOptions
{
    public List<string> Settings { get; } = [];

    public string? Project { get; set; }

    /// <summary>Override of <c>~/.claude/settings.json</c> (tests, unusual homes).</summary>
    public string? UserSettings { get; set; }

    /// <summary>Override of the managed settings file.</summary>
    public string? ManagedSettings { get; set; }

    public static string DefaultUserSettings =>
        System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".claude", "settings.json");

    public static string DefaultManagedSettings =>
        OperatingSystem.IsMacOS() ? "/Library/Application Support/ClaudeCode/managed-settings.json"
        : OperatingSystem.IsWindows() ? @"C:\Program Files\ClaudeCode\managed-settings.json"
        : "/etc/claude-code/managed-settings.json";

    /// <summary>Parses <paramref name="args"/>; returns an error message or null.</summary>
    public static string? TryParse(ReadOnlySpan<string> args, bool allowProject, out AutoModeOptions options)
    {
        options = new AutoModeOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is not ("--settings" or "--project" or "--user-settings" or "--managed-settings"))
            {
                return $"unknown option `{arg}`";
            }

            if (i + 1 >= args.Length)
            {
                return $"option `{arg}` needs a value";
            }

            string value = args[++i];
            switch (arg)
            {
                case "--settings":
                    options.Settings.Add(value);
                    break;
                case "--project" when allowProject:
                    options.Project = value;
                    break;
                case "--project":
                    return "option `--project` is not accepted here";
                case "--user-settings":
                    options.UserSettings = value;
                    break;
                default:
                    options.ManagedSettings = value;
                    break;
            }
        }

        return null;
    }
}
