using System.Text.Json;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.AutoMode;

/// <summary>
/// Reads the settings files <c>rulec auto-mode</c> looks at: managed, <c>--settings</c> (file or inline JSON),
/// user, and with <c>--project</c> the project and local files. Missing user, managed or project files are
/// skipped; a missing <c>--settings</c> file or invalid JSON anywhere is an error.
/// </summary>
internal static class SettingsReader
{
    private static readonly JsonDocumentOptions s_json = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static List<SettingsFile> Read(AutoModeOptions options)
    {
        var files = new List<SettingsFile>();
        try
        {
            AddIfExists(files, RuleSource.PolicySettings, options.ManagedSettings ?? AutoModeOptions.DefaultManagedSettings);
            foreach (string setting in options.Settings)
            {
                if (setting.TrimStart().StartsWith('{'))
                {
                    files.Add(new SettingsFile(RuleSource.FlagSettings, "<inline --settings>", Parse(setting, "<inline --settings>")));
                }
                else
                {
                    files.Add(new SettingsFile(RuleSource.FlagSettings, setting, Parse(ReadText(setting), setting)));
                }
            }

            AddIfExists(files, RuleSource.UserSettings, options.UserSettings ?? AutoModeOptions.DefaultUserSettings);
            if (options.Project is string project)
            {
                if (!Directory.Exists(project))
                {
                    throw new SettingsReadException($"project directory `{project}` does not exist");
                }

                AddIfExists(files, RuleSource.LocalSettings, Path.Combine(project, ".claude", "settings.local.json"));
                AddIfExists(files, RuleSource.ProjectSettings, Path.Combine(project, ".claude", "settings.json"));
            }

            return files;
        }
        catch
        {
            files.ForEach(f => f.Dispose());
            throw;
        }
    }

    private static void AddIfExists(List<SettingsFile> files, RuleSource source, string path)
    {
        if (File.Exists(path))
        {
            files.Add(new SettingsFile(source, path, Parse(ReadText(path), path)));
        }
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new SettingsReadException($"cannot read `{path}`: {e.Message}");
        }
    }

    private static JsonDocument Parse(string text, string path)
    {
        try
        {
            JsonDocument doc = JsonDocument.Parse(text, s_json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                doc.Dispose();
                throw new SettingsReadException($"`{path}` is not a JSON object");
            }

            return doc;
        }
        catch (JsonException e)
        {
            throw new SettingsReadException($"`{path}` is not valid JSON: {e.Message}");
        }
    }
}
