using System.Collections.Immutable;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Settings;

/// <summary>
/// The rules and permission settings of a session after loading every scope: rule arrays concatenated
/// across sources with provenance on each rule, scalar keys resolved by precedence
/// (managed → command line → local → project → user), stricter-wins flags, workspace trust and
/// managed-only policy applied (settings.md §2–§5).
/// </summary>
public sealed class RuleSet
{
    /// <summary>Scopes in precedence order, highest first.</summary>
    public static readonly ImmutableArray<RuleSource> Precedence =
        [RuleSource.PolicySettings, RuleSource.FlagSettings, RuleSource.CliArg, RuleSource.LocalSettings, RuleSource.ProjectSettings, RuleSource.UserSettings, RuleSource.Session, RuleSource.Command];

    private RuleSet(
        ImmutableArray<SettingsDocument> documents,
        ImmutableArray<RuleEntry> rules,
        ImmutableArray<IgnoredRule> ignored,
        EffectiveSettings settings,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Documents = documents;
        Rules = rules;
        Ignored = ignored;
        Settings = settings;
        Diagnostics = diagnostics;
    }

    /// <summary>The files that were read, in precedence order.</summary>
    public ImmutableArray<SettingsDocument> Documents { get; }

    /// <summary>Every rule in effect, with provenance, in precedence order then file order.</summary>
    public ImmutableArray<RuleEntry> Rules { get; }

    /// <summary>Valid rules that do not take effect, with the reason.</summary>
    public ImmutableArray<IgnoredRule> Ignored { get; }

    /// <summary>The merged scalar settings.</summary>
    public EffectiveSettings Settings { get; }

    /// <summary>Every diagnostic from loading (file, schema and rule validation), in document order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>An empty rule set.</summary>
    public static RuleSet Empty { get; } = FromRules([]);

    /// <summary>Reads every file the options name and merges them.</summary>
    public static RuleSet Load(SettingsLoadOptions options)
    {
        var docs = new List<SettingsDocument>();
        if (options.ManagedDirectory is { } managed)
        {
            string file = Path.Combine(managed, "managed-settings.json");
            if (File.Exists(file))
            {
                docs.Add(SettingsLoader.LoadFile(file, RuleSource.PolicySettings));
            }

            string dropIns = Path.Combine(managed, "managed-settings.d");
            if (Directory.Exists(dropIns))
            {
                foreach (string f in Directory.GetFiles(dropIns, "*.json").Order(StringComparer.Ordinal))
                {
                    docs.Add(SettingsLoader.LoadFile(f, RuleSource.PolicySettings));
                }
            }
        }

        foreach (string f in options.FlagSettingsFiles)
        {
            docs.Add(SettingsLoader.LoadFile(f, RuleSource.FlagSettings));
        }

        if (options.ProjectDirectory is { } project)
        {
            AddIfExists(docs, Path.Combine(project, ".claude", "settings.local.json"), RuleSource.LocalSettings);
            AddIfExists(docs, Path.Combine(project, ".claude", "settings.json"), RuleSource.ProjectSettings);
        }

        if (options.HomeDirectory is { } home)
        {
            AddIfExists(docs, Path.Combine(home, ".claude", "settings.json"), RuleSource.UserSettings);
        }

        foreach (SettingsFileSpec spec in options.Files)
        {
            docs.Add(SettingsLoader.LoadFile(spec.Path, spec.Scope));
        }

        return FromDocuments(docs, options.WorkspaceTrusted, options.ProjectDirectory, options.HomeDirectory);
    }

    /// <summary>Merges already loaded documents.</summary>
    public static RuleSet FromDocuments(IEnumerable<SettingsDocument> documents, bool workspaceTrusted, string? projectDirectory = null, string? homeDirectory = null)
    {
        ImmutableArray<SettingsDocument> docs = documents
            .Select((d, i) => (d, i))
            .OrderBy(x => Precedence.IndexOf(x.d.Scope))
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToImmutableArray();

        bool managedOnly = docs.Any(d => d.Scope == RuleSource.PolicySettings && d.Permissions.AllowManagedPermissionRulesOnly == true);
        var rules = ImmutableArray.CreateBuilder<RuleEntry>();
        var ignored = ImmutableArray.CreateBuilder<IgnoredRule>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (SettingsDocument doc in docs)
        {
            diagnostics.AddRange(doc.Diagnostics);
            string? root = SourceRootFor(doc, projectDirectory, homeDirectory);
            foreach (RuleText text in doc.Rules)
            {
                if (!text.Validated.IsLoaded)
                {
                    continue;
                }

                var entry = new RuleEntry(text.Validated.Syntax.Rule, text.Behavior, doc.Scope, text.Location, root) { Written = text.Text };
                if (managedOnly && doc.Scope != RuleSource.PolicySettings)
                {
                    ignored.Add(new IgnoredRule(entry, "managed settings set `allowManagedPermissionRulesOnly`"));
                }
                else if (!workspaceTrusted && IsRepoSupplied(doc) && text.Behavior == RuleBehavior.Allow)
                {
                    ignored.Add(new IgnoredRule(entry, "project allow rules need workspace trust"));
                }
                else
                {
                    rules.Add(entry);
                }
            }
        }

        EffectiveSettings settings = EffectiveSettings.Merge(docs, workspaceTrusted);
        return new RuleSet(docs, rules.ToImmutable(), ignored.ToImmutable(), settings, diagnostics.ToImmutable());
    }

    /// <summary>A rule set made of free-standing rules (tests, CLI flags, conformance cases).</summary>
    public static RuleSet FromRules(IEnumerable<RuleEntry> rules) =>
        new([], rules.ToImmutableArray(), [], EffectiveSettings.Default, []);

    /// <summary>A copy with <paramref name="rules"/> in place of the active rules (e.g. auto mode drops some).</summary>
    public RuleSet WithRules(ImmutableArray<RuleEntry> rules) => new(Documents, rules, Ignored, Settings, Diagnostics);

    /// <summary>True when the loaded files had error-severity diagnostics.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The directory a single leading <c>/</c> refers to for rules of this document (paths.md §4).</summary>
    internal static string? SourceRootFor(SettingsDocument doc, string? projectDirectory, string? homeDirectory) => doc.Scope switch
    {
        RuleSource.UserSettings => Path.GetDirectoryName(Path.GetFullPath(doc.Path)),
        RuleSource.ProjectSettings => projectDirectory is not null ? Path.GetFullPath(projectDirectory) : ProjectRootOf(doc.Path),
        RuleSource.FlagSettings => Path.GetDirectoryName(Path.GetFullPath(doc.Path)),
        _ => null,
    };

    private static string? ProjectRootOf(string settingsPath)
    {
        string? dir = Path.GetDirectoryName(Path.GetFullPath(settingsPath));
        return dir is not null && Path.GetFileName(dir) == ".claude" ? Path.GetDirectoryName(dir) : dir;
    }

    private static bool IsRepoSupplied(SettingsDocument doc)
    {
        if (doc.Scope == RuleSource.ProjectSettings)
        {
            return true;
        }

        // settings.md §3: a local settings file that is a symlink is treated as repo-supplied.
        return doc.Scope == RuleSource.LocalSettings && File.Exists(doc.Path) && new FileInfo(doc.Path).LinkTarget is not null;
    }

    private static void AddIfExists(List<SettingsDocument> docs, string path, RuleSource scope)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            docs.Add(SettingsLoader.LoadFile(path, scope));
        }
    }
}
