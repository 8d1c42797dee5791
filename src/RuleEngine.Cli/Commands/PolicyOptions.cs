using System.Collections.Immutable;
using RuleEngine.Diagnostics;
using RuleEngine.Evaluation;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// The options every evaluating command shares: where the policy comes from
/// (<c>--settings F…</c>, <c>--project D</c>, <c>--user</c>, <c>--managed-dir D</c>, inline <c>--allow/--ask/--deny R</c>,
/// <c>--trusted</c>) and the evaluation context (<c>--cwd</c>, <c>--home</c>, <c>--mode</c>, <c>--add-dir</c>).
/// </summary>
internal sealed record PolicyOptions(RuleSet RuleSet, EvaluationContext Context, bool ModeGiven)
{
    public static readonly string[] Valued = ["--settings", "--project", "--managed-dir", "--allow", "--ask", "--deny", "--cwd", "--home", "--mode", "--add-dir"];

    public static readonly string[] Flags = ["--trusted", "--user"];

    /// <summary>Loads the policy; settings errors are reported on stderr and make this return null.</summary>
    public static PolicyOptions? Load(ArgReader a, TextWriter stderr, string? cwdOverride = null, string? modeOverride = null)
    {
        string home = a.Single("--home") ?? SettingsLoadOptions.DefaultHomeDirectory;
        string cwd = Path.GetFullPath(a.Single("--cwd") ?? cwdOverride ?? Directory.GetCurrentDirectory());
        var options = new SettingsLoadOptions
        {
            ProjectDirectory = a.Single("--project"),
            HomeDirectory = a.Flag("--user") ? home : null,
            ManagedDirectory = a.Single("--managed-dir"),
            FlagSettingsFiles = [.. a.All("--settings")],
            WorkspaceTrusted = a.Flag("--trusted"),
        };

        if (options.ProjectDirectory is { } p && !Directory.Exists(p))
        {
            throw new UsageException($"project directory `{p}` does not exist");
        }

        RuleSet set = RuleSet.Load(options);
        ImmutableArray<Diagnostic> errors = set.Diagnostics.Where(d => d.Descriptor == Descriptors.UnreadableFile || IsFileLevel(d)).ToImmutableArray();
        if (!errors.IsEmpty)
        {
            foreach (Diagnostic d in errors)
            {
                stderr.WriteLine($"rulec: {d}");
                if (d.Help is { } help)
                {
                    stderr.WriteLine($"  help: {help}");
                }
            }

            return null;
        }

        var inline = ImmutableArray.CreateBuilder<RuleEntry>();
        foreach ((string option, RuleBehavior behavior) in new[] { ("--allow", RuleBehavior.Allow), ("--ask", RuleBehavior.Ask), ("--deny", RuleBehavior.Deny) })
        {
            foreach (string text in a.All(option))
            {
                ValidatedRule v = RuleValidator.Validate(text, behavior);
                if (!v.IsLoaded)
                {
                    Diagnostic d = v.Diagnostics.First(x => x.Severity == DiagnosticSeverity.Error);
                    throw new UsageException($"invalid rule `{text}` for {option}: {d.Message}" + (d.Help is { } h ? $" ({h})" : string.Empty));
                }

                inline.Add(new RuleEntry(v.Syntax.Rule, behavior, RuleSource.CliArg, Location.None) { Written = text });
            }
        }

        if (inline.Count > 0)
        {
            set = set.WithRules(set.Rules.AddRange(inline));
        }

        string? modeName = a.Single("--mode") ?? modeOverride;
        PermissionMode mode = set.Settings.DefaultMode?.Mode ?? PermissionMode.Default;
        if (modeName is not null && !PermissionModeNames.TryParse(modeName, out mode))
        {
            throw new UsageException($"unknown mode `{modeName}` (use {string.Join(", ", PermissionModeNames.Accepted)})");
        }

        var context = new EvaluationContext
        {
            Cwd = cwd,
            Home = home,
            Mode = mode,
            ProjectRoot = options.ProjectDirectory is { } proj ? Path.GetFullPath(proj) : cwd,
            AdditionalDirectories = [.. a.All("--add-dir").Select(d => Path.GetFullPath(d, cwd))],
        }.WithSettings(set.Settings);

        return new PolicyOptions(set, context, modeName is not null);
    }

    private static bool IsFileLevel(Diagnostic d) =>
        d.Descriptor == Descriptors.InvalidJson || d.Descriptor == Descriptors.NotUtf8 || d.Descriptor == Descriptors.EmptyFile
        || d.Descriptor == Descriptors.TooDeep || d.Descriptor == Descriptors.RootNotObject;
}
