using System.Collections.Immutable;
using System.Reflection;
using RuleEngine.Analysis;
using RuleEngine.Cli.Output;
using RuleEngine.Diagnostics;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>rulec check [FILES…] [--project DIR] [--settings F…] [--scope S] [--format human|json|sarif]
/// [--warnings-as-errors] [--trusted] [--no-info] [--home DIR] [--managed-dir DIR]</c>:
/// loads settings files, validates every rule and runs the lints. Exit 0 clean (warnings allowed unless
/// <c>--warnings-as-errors</c>), 1 could not run (unreadable file, bad arguments), 3 errors found.
/// </summary>
internal static class CheckCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgReader a = ArgReader.Parse(args,
            ["--project", "--settings", "--scope", "--format", "--home", "--managed-dir"],
            ["--warnings-as-errors", "--trusted", "--no-info"]);

        OutputFormat format = OutputFormat.Human;
        if (a.Single("--format") is { } f && !OutputFormats.TryParse(f, out format))
        {
            throw new UsageException($"unknown format `{f}` (use human, json or sarif)");
        }

        RuleSource? forcedScope = null;
        if (a.Single("--scope") is { } s)
        {
            forcedScope = RuleSourceNames.TryParse(s, out RuleSource parsed) || TryScopeAlias(s, out parsed)
                ? parsed
                : throw new UsageException($"unknown scope `{s}` (use user, project, local, managed or flag)");
        }

        string? project = a.Single("--project");
        if (project is null && a.Positionals.Count == 0 && a.All("--settings").Count == 0)
        {
            project = ".";
        }

        if (project is not null && !Directory.Exists(project))
        {
            stderr.WriteLine($"rulec: project directory `{project}` does not exist");
            return ExitCodes.CouldNotRun;
        }

        var options = new SettingsLoadOptions
        {
            ProjectDirectory = project,
            HomeDirectory = a.Single("--home"),
            ManagedDirectory = a.Single("--managed-dir"),
            FlagSettingsFiles = [.. a.All("--settings")],
            Files = [.. a.Positionals.Select(p => new SettingsFileSpec(p, forcedScope ?? InferScope(p)))],
            WorkspaceTrusted = a.Flag("--trusted"),
        };

        RuleSet set = RuleSet.Load(options);
        if (set.Documents.IsEmpty)
        {
            stderr.WriteLine($"rulec: no settings files found in `{project}` (looked for .claude/settings.json and .claude/settings.local.json)");
            return ExitCodes.CouldNotRun;
        }

        ImmutableArray<Diagnostic> diagnostics = RuleSetAnalyzer.Analyze(set, new AnalysisOptions
        {
            WorkspaceTrusted = a.Flag("--trusted"),
            IncludeInfo = !a.Flag("--no-info"),
        });

        var texts = set.Documents.GroupBy(d => d.Path).ToDictionary(g => g.Key, g => g.First().Source.Text, StringComparer.Ordinal);
        Func<string, string?> source = p => texts.GetValueOrDefault(p);
        IDiagnosticRenderer renderer = format switch
        {
            OutputFormat.Json => new JsonRenderer(source),
            OutputFormat.Sarif => new SarifRenderer(new SarifOptions(Directory.GetCurrentDirectory(), "https://github.com/ruleengine/ruleengine", Version()), source),
            _ => new HumanRenderer(source),
        };

        if (renderer is HumanRenderer human)
        {
            human.Render(diagnostics, stdout, set.Documents.Select(d => d.Path).Distinct().Count());
        }
        else
        {
            renderer.Render(diagnostics, stdout);
        }

        if (diagnostics.Any(d => d.Descriptor == Descriptors.UnreadableFile))
        {
            return ExitCodes.CouldNotRun;
        }

        bool failed = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            || (a.Flag("--warnings-as-errors") && diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning));
        return failed ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>
    /// The scope a file is checked as when <c>--scope</c> is absent: <c>settings.local.json</c> → local,
    /// under <c>~/.claude/</c> → user, <c>managed-settings*.json</c> or a <c>managed-settings.d</c> drop-in → managed,
    /// anything else → project (the strictest set of lints for a file that is committed to a repository).
    /// </summary>
    internal static RuleSource InferScope(string path)
    {
        string full = Path.GetFullPath(path);
        string name = Path.GetFileName(full);
        string home = SettingsLoadOptions.DefaultHomeDirectory;
        if (name.EndsWith(".local.json", StringComparison.Ordinal))
        {
            return RuleSource.LocalSettings;
        }

        if (name.StartsWith("managed-settings", StringComparison.Ordinal) || Path.GetFileName(Path.GetDirectoryName(full)) == "managed-settings.d")
        {
            return RuleSource.PolicySettings;
        }

        if (!string.IsNullOrEmpty(home) && full.StartsWith(Path.Combine(home, ".claude") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return RuleSource.UserSettings;
        }

        return RuleSource.ProjectSettings;
    }

    private static bool TryScopeAlias(string s, out RuleSource scope)
    {
        (bool ok, scope) = s switch
        {
            "user" => (true, RuleSource.UserSettings),
            "project" => (true, RuleSource.ProjectSettings),
            "local" => (true, RuleSource.LocalSettings),
            "managed" or "policy" => (true, RuleSource.PolicySettings),
            "flag" or "settings" => (true, RuleSource.FlagSettings),
            _ => (false, default),
        };
        return ok;
    }

    private static string Version() =>
        typeof(CheckCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.1.0";
}
