using System.Collections.Frozen;
using System.Text.Json;
using RuleEngine.AutoMode;
using RuleEngine.AutoMode.Configuration;
using RuleEngine.AutoMode.Witness;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.AutoMode;

/// <summary>
/// <c>rulec auto-mode critique</c>: what auto mode will do with the user's settings — allow rules it drops and
/// why, over-broad rules with witnesses, autoMode entries that are ignored, empty or duplicated, and user allow
/// entries that appear to argue against a soft_deny entry (a textual, best-effort comparison).
/// </summary>
internal static class AutoModeCritique
{
    private static readonly FrozenSet<string> s_stopWords = new[]
    {
        "the", "and", "that", "this", "with", "from", "into", "when", "only", "than", "their", "there", "they", "them", "have",
        "been", "were", "will", "would", "should", "could", "about", "which", "while", "where", "other", "also", "such", "unless",
        "without", "within", "files", "file", "code", "data", "agent", "user", "users", "allowed", "allow", "never", "always",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<Diagnostic> Run(IReadOnlyList<SettingsFile> files, AutoModeConfigResult config)
    {
        var findings = new List<Diagnostic>(config.Diagnostics);
        List<RuleEntry> rules = LoadAllowRules(files);
        AutoModeRuleSet set = AutoModeRuleSet.Create(rules, config.Config.ClassifyAllShell);
        // settings.md §8 row 24: info, or warning when the session starts in auto mode.
        DiagnosticSeverity severity = StartsInAutoMode(files) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
        foreach (DroppedRule dropped in set.Dropped)
        {
            string help = dropped.Reason.Kind switch
            {
                DangerousRuleKind.AgentOrMonitor => "auto mode always reviews these calls; the rule applies again when auto mode is off",
                DangerousRuleKind.ClassifyAllShell => "`classifyAllShell` is on, so every shell allow rule waits for the classifier",
                _ => "while auto mode is on the calls it approved go to the classifier; a narrower rule (exact command, no interpreter) is kept",
            };
            findings.Add(new Diagnostic(Descriptors.DroppedInAutoMode, severity,
                $"allow rule `{dropped.Entry.Rule}` from `{dropped.Entry.Source.ToName()}` is dropped in auto mode: {dropped.Reason.Explanation}",
                help, dropped.Entry.Location));
        }

        findings.AddRange(OverBroadRuleAnalyzer.Analyze(set.ActiveRules));
        foreach (AutoModeSection section in AutoModeSectionNames.All)
        {
            var items = config.Config[section];
            if (items.IsEmpty)
            {
                findings.Add(Diagnostic.Create(Descriptors.AutoModeEmptySection, Location.None,
                    $"`autoMode.{section.ToKey()}` is empty after merging", $"add `\"$defaults\"` to `{section.ToKey()}` to restore the built-in entries"));
            }

            foreach (var group in items.GroupBy(i => Normalize(i.Text)).Where(g => g.Count() > 1))
            {
                findings.Add(Diagnostic.Create(Descriptors.AutoModeDuplicateEntry, Location.None,
                    $"`autoMode.{section.ToKey()}` lists `{group.First().Text}` {group.Count()} times", "remove the repeated entries"));
            }
        }

        foreach (AutoModeItem allow in config.Config.Allow.Where(i => !i.IsBuiltIn))
        {
            Dictionary<string, string> allowWords = Keywords(allow.Text);
            foreach (AutoModeItem soft in config.Config.SoftDeny)
            {
                string[] shared = Keywords(soft.Text).Keys.Where(allowWords.ContainsKey).Select(k => allowWords[k]).ToArray();
                if (shared.Length >= 2)
                {
                    findings.Add(Diagnostic.Create(Descriptors.AutoModeAllowOverridesSoftDeny, Location.None,
                        $"allow entry `{allow.Text}` ({allow.Source?.ToName()}) may clear soft_deny entry `{soft.Text}` (shared words: {string.Join(", ", shared.Select(w => $"`{w}`"))})",
                        "soft_deny is not a hard boundary; move the entry to `hard_deny` if it must never be cleared, or make the allow entry narrower"));
                }
            }
        }

        return findings;
    }

    private static List<RuleEntry> LoadAllowRules(IReadOnlyList<SettingsFile> files)
    {
        var rules = new List<RuleEntry>();
        foreach (SettingsFile file in files)
        {
            if (!file.Root.TryGetProperty("permissions", out JsonElement permissions) || permissions.ValueKind != JsonValueKind.Object
                || !permissions.TryGetProperty("allow", out JsonElement allow) || allow.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (JsonElement element in allow.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                ValidatedRule validated = RuleValidator.Validate(element.GetString()!, RuleBehavior.Allow);
                if (validated.IsLoaded)
                {
                    rules.Add(new RuleEntry(validated.Syntax.Rule, RuleBehavior.Allow, file.Source, Location.InFile(file.Path)));
                }
            }
        }

        return rules;
    }

    private static string Normalize(string text) => string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool StartsInAutoMode(IReadOnlyList<SettingsFile> files) => files.Any(f =>
        AutoModeConfigLoader.IsPermittedScope(f.Source)
        && f.Root.TryGetProperty("permissions", out JsonElement p) && p.ValueKind == JsonValueKind.Object
        && p.TryGetProperty("defaultMode", out JsonElement mode) && mode.ValueKind == JsonValueKind.String && mode.GetString() == "auto");

    // Stem (trailing `s` removed) → the word as written.
    private static Dictionary<string, string> Keywords(string text)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string raw in text.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '(', ')', '"', '\'', '`', '/', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            string w = raw.TrimEnd('s');
            if (w.Length >= 4 && !s_stopWords.Contains(raw) && !s_stopWords.Contains(w))
            {
                words.TryAdd(w, raw);
            }
        }

        return words;
    }
}
