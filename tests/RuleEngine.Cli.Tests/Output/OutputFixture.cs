using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.Tests.Output;

/// <summary>A small settings file and diagnostics pointing into it, shared by the renderer golden tests.</summary>
internal static class OutputFixture
{
    public const string SettingsPath = "/repo/.claude/settings.json";

    public const string OtherPath = "/repo/sub dir/settings.local.json";

    public static readonly string SettingsText = string.Join("\n",
        "{",
        "  \"permissions\": {",
        "    \"allow\": [\"Bash()\", \"bash(npm test)\"],",
        "\t\t\"deny\": [\"Bash(npm test\"]",
        "  }",
        "}",
        "");

    public static string? Source(string path) => path == SettingsPath ? SettingsText : null;

    /// <summary>A location at 0-based <paramref name="line"/>/<paramref name="column"/> of <see cref="SettingsText"/>.</summary>
    public static Location At(int line, int column, int length)
    {
        int offset = 0;
        for (int i = 0; i < line; i++)
        {
            offset = SettingsText.IndexOf('\n', offset) + 1;
        }

        return new Location(SettingsPath, new TextSpan(offset + column, length), line, column);
    }

    public static IReadOnlyList<Diagnostic> Diagnostics() =>
    [
        Diagnostic.Create(Descriptors.EmptyParentheses, At(2, 19, 2),
            "empty parentheses in `Bash()`", "write the bare tool name `Bash` to match every call"),
        Diagnostic.Create(Descriptors.LowercaseToolName, At(2, 25, 4),
            "tool names must start with uppercase: `bash`", "did you mean `Bash`?"),
        Diagnostic.Create(Descriptors.MalformedParentheses, At(3, 16, 1),
            "malformed rule `Bash(npm test`: `(` is never closed"),
        Diagnostic.Create(Descriptors.UnknownPermissionsKey, Location.InFile(OtherPath),
            "unknown permissions key `alow`", "did you mean `allow`?"),
        Diagnostic.Create(Descriptors.DuplicateRule, Location.InRule(new TextSpan(0, 4)),
            "duplicate rule `Bash`"),
    ];

    public static StringWriter Writer() => new() { NewLine = "\n" };
}
