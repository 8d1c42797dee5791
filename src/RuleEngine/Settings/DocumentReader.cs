using System.Collections.Immutable;
using RuleEngine.Analysis;
using RuleEngine.Diagnostics;
using RuleEngine.Settings.Json;
using RuleEngine.Syntax;

namespace RuleEngine.Settings;

/// <summary>Walks a parsed settings object, collecting rules with positions, typed keys and schema diagnostics.</summary>
internal sealed class DocumentReader(SourceText source, RuleSource scope)
{
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private readonly ImmutableArray<RuleText>.Builder _rules = ImmutableArray.CreateBuilder<RuleText>();

    public SettingsDocument Read(JsonObjectNode root)
    {
        var settings = PermissionSettings.Empty;
        JsonPropertyNode? permissions = root.Find("permissions");
        if (permissions is not null)
        {
            if (permissions.Value is JsonObjectNode permObj)
            {
                settings = ReadPermissions(permObj);
            }
            else
            {
                WrongType(permissions, "object", "write `\"permissions\": { \"allow\": [], \"deny\": [] }`");
            }
        }

        if (root.Find("disableAutoMode") is { } topDisable && IsDisable(topDisable))
        {
            settings = settings with { DisableAutoMode = true };
        }

        if (root.Find("allowManagedPermissionRulesOnly") is { } managedOnly && ReadBool(managedOnly) is bool mo)
        {
            settings = settings with { AllowManagedPermissionRulesOnly = mo };
        }

        if (root.Find("useAutoModeDuringPlan") is { } useAuto && ReadBool(useAuto) is bool ua)
        {
            settings = settings with { UseAutoModeDuringPlan = ua };
        }

        if (root.Find("autoMode") is { } autoMode && autoMode.Value is not JsonObjectNode)
        {
            WrongType(autoMode, "object", "write `\"autoMode\": { \"soft_deny\": [\"$defaults\", \"…\"] }`");
        }

        return new SettingsDocument(source, scope, root, _rules.ToImmutable(), _diagnostics.ToImmutable(), settings);
    }

    private PermissionSettings ReadPermissions(JsonObjectNode permissions)
    {
        var settings = PermissionSettings.Empty;
        foreach (JsonPropertyNode prop in permissions.Properties)
        {
            switch (prop.Name)
            {
                case "allow": ReadRuleArray(prop, RuleBehavior.Allow); break;
                case "ask": ReadRuleArray(prop, RuleBehavior.Ask); break;
                case "deny": ReadRuleArray(prop, RuleBehavior.Deny); break;
                case "defaultMode":
                    settings = settings with { DefaultMode = ReadMode(prop) };
                    break;
                case "additionalDirectories":
                    settings = settings with { AdditionalDirectories = ReadStringArray(prop) };
                    break;
                case "disableBypassPermissionsMode":
                    settings = settings with { DisableBypassPermissionsMode = IsDisable(prop) };
                    break;
                case "disableAutoMode":
                    settings = settings with { DisableAutoMode = IsDisable(prop) };
                    break;
                case "blockReadsOutsideWorkingDirectories":
                    settings = settings with { BlockReadsOutsideWorkingDirectories = ReadBool(prop) };
                    break;
                case "blockWritesOutsideWorkingDirectories":
                    settings = settings with { BlockWritesOutsideWorkingDirectories = ReadBool(prop) };
                    break;
                case "denyInsteadOfPrompting":
                    settings = settings with { DenyInsteadOfPrompting = ReadBool(prop) };
                    break;
                case "allowManagedPermissionRulesOnly":
                    settings = settings with { AllowManagedPermissionRulesOnly = ReadBool(prop) };
                    break;
                case "blockFileToolReadsOutsideWorkingDirectories" or "blockReadsExemptPaths" or "workingDirectoriesAsGiven" or "workingDirectoriesExclude":
                    break;
                default:
                    string? near = Suggestions.Nearest(prop.Name, SettingsLoader.PermissionKeys);
                    _diagnostics.Add(Diagnostic.Create(Descriptors.UnknownPermissionsKey, source.LocationOf(prop.NameNode.Span),
                        $"unknown key `{prop.Name}` in `permissions`",
                        near is null ? "Claude Code keeps but ignores it; remove it" : $"did you mean `{near}`?"));
                    break;
            }
        }

        return settings;
    }

    private void ReadRuleArray(JsonPropertyNode prop, RuleBehavior behavior)
    {
        if (prop.Value is not JsonArrayNode array)
        {
            WrongType(prop, "array", $"write `\"{prop.Name}\": [\"Bash(npm test)\"]`");
            return;
        }

        for (int i = 0; i < array.Items.Count; i++)
        {
            JsonNode item = array.Items[i];
            if (item is not JsonStringNode str)
            {
                _diagnostics.Add(Diagnostic.Create(Descriptors.RuleNotString, source.LocationOf(item.Span),
                    $"entry {i} of `{prop.Name}` is {SettingsLoader.Article(item.KindName)}, not a rule string; Claude Code removes it",
                    "write the rule as a string, e.g. `\"Bash(npm test)\"`"));
                continue;
            }

            ValidatedRule validated = RuleValidator.Validate(str.Value, behavior);
            foreach (Diagnostic d in validated.Diagnostics)
            {
                _diagnostics.Add(d.At(MapInString(str, d.Location.Span)));
            }

            _rules.Add(new RuleText(validated, behavior, MapInString(str, new TextSpan(0, str.Value.Length)), i) { Origin = (str, source) });
        }
    }

    /// <summary>Maps a span inside a JSON string's decoded value to a file location, through escapes.</summary>
    internal Location MapInString(JsonStringNode str, TextSpan inValue) => source.LocationOf(str.MapSpan(inValue));

    private Located<PermissionMode>? ReadMode(JsonPropertyNode prop)
    {
        if (prop.Value is not JsonStringNode str)
        {
            WrongType(prop, "string", "use one of " + string.Join(", ", PermissionModeNames.Accepted.Select(m => $"`{m}`")));
            return null;
        }

        if (!PermissionModeNames.TryParse(str.Value, out PermissionMode mode))
        {
            string? near = Suggestions.Nearest(str.Value, PermissionModeNames.Accepted);
            _diagnostics.Add(Diagnostic.Create(Descriptors.InvalidDefaultMode, MapInString(str, new TextSpan(0, str.Value.Length)),
                $"invalid defaultMode `{str.Value}`",
                (near is null ? string.Empty : $"did you mean `{near}`? ") + "valid modes: " + string.Join(", ", PermissionModeNames.Accepted.Select(m => $"`{m}`"))));
            return null;
        }

        return new Located<PermissionMode>(mode, source.LocationOf(str.Span));
    }

    private ImmutableArray<Located<string>> ReadStringArray(JsonPropertyNode prop)
    {
        if (prop.Value is not JsonArrayNode array)
        {
            WrongType(prop, "array", $"write `\"{prop.Name}\": [\"../shared\"]`");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Located<string>>();
        foreach (JsonNode item in array.Items)
        {
            if (item is JsonStringNode s)
            {
                result.Add(new Located<string>(s.Value, source.LocationOf(s.Span)));
            }
            else
            {
                _diagnostics.Add(Diagnostic.Create(Descriptors.WrongType, source.LocationOf(item.Span),
                    $"entry of `{prop.Name}` is {SettingsLoader.Article(item.KindName)}, expected a string", "write the directory path as a string"));
            }
        }

        return result.ToImmutable();
    }

    private bool? ReadBool(JsonPropertyNode prop)
    {
        if (prop.Value is JsonBoolNode b)
        {
            return b.Value;
        }

        WrongType(prop, "boolean", $"write `\"{prop.Name}\": true` or `false`");
        return null;
    }

    private bool IsDisable(JsonPropertyNode prop)
    {
        if (prop.Value is JsonStringNode { Value: "disable" })
        {
            return true;
        }

        if (prop.Value is JsonBoolNode { Value: true })
        {
            return true;
        }

        WrongType(prop, "the string \"disable\"", $"write `\"{prop.Name}\": \"disable\"`");
        return false;
    }

    private void WrongType(JsonPropertyNode prop, string expected, string help) =>
        _diagnostics.Add(Diagnostic.Create(Descriptors.WrongType, source.LocationOf(prop.Value.Span),
            $"`{prop.Name}` is {SettingsLoader.Article(prop.Value.KindName)}, expected {(expected.StartsWith("the ", StringComparison.Ordinal) ? expected : SettingsLoader.Article(expected))}", help));
}
