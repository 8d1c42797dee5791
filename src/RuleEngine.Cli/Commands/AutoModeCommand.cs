using RuleEngine.AutoMode.Configuration;
using RuleEngine.Cli.AutoMode;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>rulec auto-mode defaults | config | critique</c>: the built-in classifier policy as JSON, the effective
/// autoMode configuration after merging user, <c>--settings</c> and managed settings, and a review of what
/// auto mode will do with the current settings. Exit 0 when it ran, 1 when it could not.
/// </summary>
internal static class AutoModeCommand
{
    private const string Usage =
        "usage: rulec auto-mode defaults\n" +
        "       rulec auto-mode config [--settings FILE|JSON]... [--project DIR] [--user-settings FILE] [--managed-settings FILE]\n" +
        "       rulec auto-mode critique [--settings FILE|JSON]... [--project DIR] [--user-settings FILE] [--managed-settings FILE]";

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stderr.WriteLine("rulec auto-mode: missing subcommand (defaults, config, critique)");
            stderr.WriteLine(Usage);
            return ExitCodes.CouldNotRun;
        }

        try
        {
            switch (args[0])
            {
                case "defaults" when args.Length == 1:
                    stdout.WriteLine(AutoModeJson.Defaults());
                    return ExitCodes.Ok;
                case "defaults":
                    return Fail(stderr, $"unexpected argument `{args[1]}`");
                case "config":
                    return Config(args.AsSpan(1), stdout, stderr);
                case "critique":
                    return Critique(args.AsSpan(1), stdout, stderr);
                case "--help" or "-h" or "help":
                    stdout.WriteLine(Usage);
                    return ExitCodes.Ok;
                default:
                    return Fail(stderr, $"unknown subcommand `{args[0]}`");
            }
        }
        catch (SettingsReadException e)
        {
            return Fail(stderr, e.Message, usage: false);
        }
    }

    private static int Config(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (AutoModeOptions.TryParse(args, allowProject: true, out AutoModeOptions options) is string error)
        {
            return Fail(stderr, error);
        }

        List<SettingsFile> files = SettingsReader.Read(options);
        try
        {
            AutoModeConfigResult result = Load(files);
            stdout.WriteLine(AutoModeJson.Config(result.Config));
            if (options.Project is not null)
            {
                stderr.WriteLine("note: project and local settings are ignored for autoMode; only user, --settings and managed settings count");
            }

            foreach (Diagnostic d in result.Diagnostics)
            {
                WriteDiagnostic(stderr, d);
            }

            return ExitCodes.Ok;
        }
        finally
        {
            files.ForEach(f => f.Dispose());
        }
    }

    private static int Critique(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (AutoModeOptions.TryParse(args, allowProject: true, out AutoModeOptions options) is string error)
        {
            return Fail(stderr, error);
        }

        List<SettingsFile> files = SettingsReader.Read(options);
        try
        {
            AutoModeConfigResult result = Load(files);
            List<Diagnostic> findings = AutoModeCritique.Run(files, result);
            stdout.WriteLine($"read {files.Count} settings file{(files.Count == 1 ? string.Empty : "s")}: {string.Join(", ", files.Select(f => $"{f.Path} ({f.Source.ToName()})"))}");
            if (options.Project is not null)
            {
                stdout.WriteLine("note: project and local settings are ignored for autoMode; their permission rules are still checked");
            }

            foreach (Diagnostic d in findings)
            {
                WriteDiagnostic(stdout, d);
            }

            stdout.WriteLine(findings.Count == 0 ? "no findings" : $"{findings.Count} finding{(findings.Count == 1 ? string.Empty : "s")}");
            return ExitCodes.Ok;
        }
        finally
        {
            files.ForEach(f => f.Dispose());
        }
    }

    private static AutoModeConfigResult Load(IEnumerable<SettingsFile> files) =>
        AutoModeConfigLoader.Load(files.Select(f => new AutoModeScopeInput(f.Source, f.Root, f.Path)));

    private static void WriteDiagnostic(TextWriter writer, Diagnostic d)
    {
        string severity = d.Severity.ToString().ToLowerInvariant();
        writer.WriteLine(d.Location.Path is null ? $"{severity} {d.Id}: {d.Message}" : d.ToString());
        if (d.Help is not null)
        {
            writer.WriteLine($"  help: {d.Help}");
        }
    }

    private static int Fail(TextWriter stderr, string message, bool usage = true)
    {
        stderr.WriteLine($"rulec auto-mode: {message}");
        if (usage)
        {
            stderr.WriteLine(Usage);
        }

        return ExitCodes.CouldNotRun;
    }
}
