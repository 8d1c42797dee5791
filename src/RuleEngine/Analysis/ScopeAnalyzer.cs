using RuleEngine.Diagnostics;
using RuleEngine.Settings;
using RuleEngine.Settings.Json;
using RuleEngine.Syntax;

namespace RuleEngine.Analysis;

/// <summary>Keys and values that a scope ignores (settings.md §3–§6, §8 rows 27–30).</summary>
internal sealed class ScopeAnalyzer : IRuleSetAnalyzer
{
    private static readonly string[] s_managedOnlyTopLevel =
    [
        "allowManagedPermissionRulesOnly", "allowManagedHooksOnly", "allowManagedMcpServersOnly", "strictKnownMarketplaces",
        "blockedMarketplaces", "strictPluginOnlyCustomization", "disableSideloadFlags", "forceRemoteSettingsRefresh",
    ];

    private static readonly string[] s_launcherOnly =
        ["blockFileToolReadsOutsideWorkingDirectories", "blockReadsExemptPaths", "workingDirectoriesAsGiven", "workingDirectoriesExclude"];

    private static readonly string[] s_autoModeSections = ["environment", "allow", "soft_deny", "hard_deny"];

    public void Analyze(AnalysisContext context)
    {
        foreach (SettingsDocument doc in context.RuleSet.Documents)
        {
            if (doc.Root is not JsonObjectNode root)
            {
                continue;
            }

            AnalyzeDocument(context, doc, root);
        }

        if (!context.Options.WorkspaceTrusted)
        {
            foreach (IGrouping<string?, IgnoredRule> group in context.RuleSet.Ignored
                .Where(i => i.Entry.Source is RuleSource.ProjectSettings or RuleSource.LocalSettings && i.Reason.Contains("trust", StringComparison.Ordinal))
                .GroupBy(i => i.Entry.Location.Path))
            {
                IgnoredRule first = group.First();
                int count = group.Count();
                string list = string.Join(", ", group.Take(3).Select(i => $"`{i.Entry.Rule}`")) + (count > 3 ? ", …" : string.Empty);
                context.Report(Diagnostic.Create(Descriptors.UntrustedProjectAllow, first.Entry.Location,
                    $"{count} project allow rule{(count == 1 ? " (" + list + ") takes" : "s (" + list + ") take")} effect only after the workspace is trusted",
                    "accept Claude Code's workspace-trust dialog for this folder; pass `--trusted` to check as trusted"));
            }
        }
    }

    private static void AnalyzeDocument(AnalysisContext context, SettingsDocument doc, JsonObjectNode root)
    {
        bool projectLike = doc.Scope is RuleSource.ProjectSettings or RuleSource.LocalSettings;
        string scopeName = doc.Scope.ToLabel();

        foreach (string key in s_managedOnlyTopLevel)
        {
            if (doc.Scope != RuleSource.PolicySettings && root.Find(key) is { } p)
            {
                Report(context, doc, Descriptors.ManagedOnlyKey, p.NameNode.Span,
                    $"`{key}` has effect only in managed settings; it is ignored in {scopeName} settings", "move it to managed-settings.json or remove it");
            }
        }

        if (root.Find("sandbox") is { Value: JsonObjectNode sandbox } && doc.Scope != RuleSource.PolicySettings)
        {
            foreach ((string section, string key) in new[] { ("network", "allowManagedDomainsOnly"), ("filesystem", "allowManagedReadPathsOnly") })
            {
                if (sandbox.Find(section) is { Value: JsonObjectNode s } && s.Find(key) is { } p)
                {
                    Report(context, doc, Descriptors.ManagedOnlyKey, p.NameNode.Span,
                        $"`sandbox.{section}.{key}` has effect only in managed settings", "move it to managed-settings.json or remove it");
                }
            }
        }

        if (root.Find("permissions") is { Value: JsonObjectNode permissions })
        {
            if (doc.Scope != RuleSource.PolicySettings && permissions.Find("allowManagedPermissionRulesOnly") is { } amp)
            {
                Report(context, doc, Descriptors.ManagedOnlyKey, amp.NameNode.Span,
                    $"`allowManagedPermissionRulesOnly` has effect only in managed settings; it is ignored in {scopeName} settings", "move it to managed-settings.json or remove it");
            }

            foreach (string key in s_launcherOnly)
            {
                if (doc.Scope != RuleSource.FlagSettings && permissions.Find(key) is { } p)
                {
                    Report(context, doc, Descriptors.LauncherOnlyKey, p.NameNode.Span,
                        $"`permissions.{key}` is honoured only from a `--settings` file", "pass it with `--settings <file>` or remove it");
                }
            }

            if (projectLike && permissions.Find("defaultMode") is { Value: JsonStringNode { Value: "auto" or "bypassPermissions" } mode })
            {
                Report(context, doc, Descriptors.DefaultModeIgnored, mode.Span,
                    $"`defaultMode: {mode.Value}` is ignored in {scopeName} settings", "set it in user settings (`~/.claude/settings.json`) or pass `--permission-mode`");
            }

            if (projectLike && permissions.Find("denyInsteadOfPrompting") is { } deny)
            {
                Report(context, doc, Descriptors.KeyIgnoredInScope, deny.NameNode.Span,
                    $"`denyInsteadOfPrompting` is read only from user, `--settings` and managed settings", "move it to `~/.claude/settings.json`");
            }
        }

        if (root.Find("autoMode") is { } autoMode)
        {
            if (projectLike)
            {
                Report(context, doc, Descriptors.AutoModeIgnoredScope, autoMode.NameNode.Span,
                    $"`autoMode` is ignored in {scopeName} settings", "put it in `~/.claude/settings.json`, a `--settings` file or managed settings");
            }

            if (autoMode.Value is JsonObjectNode block)
            {
                foreach (JsonPropertyNode key in block.Properties)
                {
                    if (!s_autoModeSections.Contains(key.Name) && key.Name != "classifyAllShell")
                    {
                        string? near = Suggestions.Nearest(key.Name, [.. s_autoModeSections, "classifyAllShell"]);
                        Report(context, doc, Descriptors.AutoModeUnknownKey, key.NameNode.Span,
                            $"unknown key `{key.Name}` in `autoMode`", near is null ? "the keys are environment, allow, soft_deny, hard_deny and classifyAllShell" : $"did you mean `{near}`?");
                    }
                }

                foreach (string section in s_autoModeSections)
                {
                    if (block.Find(section) is not { } p)
                    {
                        continue;
                    }

                    if (p.Value is JsonArrayNode { Items.Count: 0 })
                    {
                        Report(context, doc, Descriptors.AutoModeEmptySection, p.NameNode.Span,
                            $"`autoMode.{section}` is empty, so it removes every built-in {section} entry",
                            $"write `\"{section}\": [\"$defaults\"]` to keep the built-ins, or remove the key");
                        continue;
                    }

                    if (p.Value is JsonArrayNode entries)
                    {
                        var seen = new HashSet<string>(StringComparer.Ordinal);
                        foreach (JsonNode item in entries.Items)
                        {
                            if (item is JsonStringNode str && !seen.Add(str.Value.Trim()))
                            {
                                Report(context, doc, Descriptors.AutoModeDuplicateEntry, str.Span,
                                    $"`autoMode.{section}` lists `{Shorten(str.Value)}` twice", "remove the duplicate");
                            }
                        }
                    }

                    if (p.Value is not JsonArrayNode array)
                    {
                        Report(context, doc, Descriptors.AutoModeWrongType, p.Value.Span,
                            $"`autoMode.{section}` is {SettingsLoader.Article(p.Value.KindName)}, expected an array of strings", $"write `\"{section}\": [\"$defaults\", \"…\"]`");
                        continue;
                    }

                    if (!array.Items.Any(i => i is JsonStringNode { Value: "$defaults" }))
                    {
                        Report(context, doc, Descriptors.AutoModeWithoutDefaults, p.NameNode.Span,
                            $"`autoMode.{section}` has no `\"$defaults\"`, so it replaces all built-in {section} entries",
                            $"add `\"$defaults\"` to keep them: `\"{section}\": [\"$defaults\", …]`");
                    }
                }

                if (block.Find("classifyAllShell") is { } cas && cas.Value is not JsonBoolNode)
                {
                    Report(context, doc, Descriptors.AutoModeWrongType, cas.Value.Span,
                        "`autoMode.classifyAllShell` must be `true` or `false`", "write `\"classifyAllShell\": true`");
                }
            }
        }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "…";

    private static void Report(AnalysisContext context, SettingsDocument doc, DiagnosticDescriptor descriptor, Syntax.TextSpan span, string message, string help) =>
        context.Report(Diagnostic.Create(descriptor, doc.Source.LocationOf(span), message, help));
}
