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
        foreach (DroppedRule dropped in set.Dropped)
        {
            findings.Add(Diagnostic.Create(Descriptors.DroppedInAutoMode, dropped.Entry.Location,
                $"allow rule `{dropped.Entry.Rule}` from `{dropped.Entry.Source.ToName()}` is dropped in auto mode: {dropped.Reason.Explanation}",
                "calls it approved go to the classifier while auto mode is on; narrow the rule to keep it"));
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
            HashSet<string> allowWords = Keywords(allow.Text);
            foreach (AutoModeItem soft in config.Config.SoftDeny)
            {
                string[] shared = Keywords(soft.Text).Where(allowWords.Contains).ToArray();
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

    private static HashSet<string> Keywords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string raw in text.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '(', ')', '"', '\'', '`', '/', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            string w = raw.TrimEnd('s');
            if (w.Length >= 4 && !s_stopWords.Contains(raw) && !s_stopWords.Contains(w))
            {
                words.Add(w);
            }
        }

        return words;
    }
}
