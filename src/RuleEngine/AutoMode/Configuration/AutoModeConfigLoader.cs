using System.Collections.Immutable;
using System.Text.Json;
using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.AutoMode.Configuration;

/// <summary>
/// Builds the effective autoMode configuration from the settings scopes (settings.md §6): only user,
/// <c>--settings</c> and managed settings count; the arrays of those scopes are concatenated (managed,
/// then <c>--settings</c>, then user); the first <c>"$defaults"</c> of a section is replaced by the built-in
/// entries; a section that some scope sets but none gives <c>"$defaults"</c> loses its built-ins; a section no
/// scope sets keeps them. <c>classifyAllShell</c> is a scalar: the highest-precedence scope that sets it wins.
/// </summary>
public static class AutoModeConfigLoader
{
    /// <summary>The literal element replaced by the built-in entries.</summary>
    public const string DefaultsMarker = "$defaults";

    /// <summary>True for the scopes that may configure auto mode: user, <c>--settings</c> and managed.</summary>
    public static bool IsPermittedScope(RuleSource source) =>
        source is RuleSource.UserSettings or RuleSource.FlagSettings or RuleSource.PolicySettings;

    /// <summary>Merges the <c>autoMode</c> blocks of <paramref name="scopes"/>.</summary>
    public static AutoModeConfigResult Load(IEnumerable<AutoModeScopeInput> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var ignored = ImmutableArray.CreateBuilder<AutoModeScopeInput>();
        var raw = new List<(RuleSource Source, string Text)>?[4];
        bool? classifyAllShell = null;

        foreach (AutoModeScopeInput scope in scopes.OrderBy(s => Precedence(s.Source)))
        {
            if (scope.Settings.ValueKind != JsonValueKind.Object || !scope.Settings.TryGetProperty("autoMode", out JsonElement block))
            {
                continue;
            }

            Location where = scope.Path is null ? Location.None : Location.InFile(scope.Path);
            if (!IsPermittedScope(scope.Source))
            {
                ignored.Add(scope);
                diagnostics.Add(Diagnostic.Create(Descriptors.AutoModeIgnoredScope, where,
                    $"`autoMode` in `{scope.Source.ToName()}` is ignored",
                    "move it to `~/.claude/settings.json`, a `--settings` file or managed settings"));
                continue;
            }

            if (block.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Diagnostic.Create(Descriptors.AutoModeWrongType, where,
                    $"`autoMode` must be an object, found {Describe(block)}", "write `\"autoMode\": { \"soft_deny\": [\"$defaults\", \"…\"] }`"));
                continue;
            }

            foreach (JsonProperty property in block.EnumerateObject())
            {
                if (property.Name == "classifyAllShell")
                {
                    if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        classifyAllShell ??= property.Value.GetBoolean();
                    }
                    else
                    {
                        diagnostics.Add(Diagnostic.Create(Descriptors.AutoModeWrongType, where,
                            $"`autoMode.classifyAllShell` must be true or false, found {Describe(property.Value)}", null));
                    }

                    continue;
                }

                if (!TryParseSection(property.Name, out AutoModeSection section))
                {
                    diagnostics.Add(Diagnostic.Create(Descriptors.AutoModeUnknownKey, where,
                        $"unknown key `autoMode.{property.Name}` in `{scope.Source.ToName()}`",
                        "the keys are `environment`, `allow`, `soft_deny`, `hard_deny` and `classifyAllShell`"));
                    continue;
                }

                ReadSection(scope, section, property.Value, where, raw, diagnostics);
            }
        }

        var sections = new ImmutableArray<AutoModeItem>[4];
        foreach (AutoModeSection section in AutoModeSectionNames.All)
        {
            sections[(int)section] = Expand(section, raw[(int)section]);
        }

        var config = new AutoModeConfig(sections[0], sections[1], sections[2], sections[3], classifyAllShell ?? false);
        return new AutoModeConfigResult(config, diagnostics.ToImmutable(), ignored.ToImmutable());
    }

    /// <summary>Merges settings root objects given as JSON text (tests, CLI).</summary>
    public static AutoModeConfigResult Load(params (RuleSource Source, string Json)[] scopes)
    {
        var docs = scopes.Select(s => (s.Source, Doc: JsonDocument.Parse(s.Json))).ToList();
        try
        {
            return Load(docs.Select(d => new AutoModeScopeInput(d.Source, d.Doc.RootElement)));
        }
        finally
        {
            docs.ForEach(d => d.Doc.Dispose());
        }
    }

    private static void ReadSection(
        AutoModeScopeInput scope,
        AutoModeSection section,
        JsonElement value,
        Location where,
        List<(RuleSource Source, string Text)>?[] raw,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        string key = section.ToKey();
        if (value.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(Diagnostic.Create(Descriptors.AutoModeWrongType, where,
                $"`autoMode.{key}` must be an array of strings, found {Describe(value)}", $"write `\"{key}\": [\"$defaults\", \"…\"]`"));
            return;
        }

        List<(RuleSource Source, string Text)> list = raw[(int)section] ??= [];
        bool hasDefaults = false;
        foreach (JsonElement element in value.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                diagnostics.Add(Diagnostic.Create(Descriptors.AutoModeWrongType, where,
                    $"entry of `autoMode.{key}` is {Describe(element)}, not a string; it is skipped", null));
                continue;
            }

            string text = element.GetString()!;
            hasDefaults |= text == DefaultsMarker;
            list.Add((scope.Source, text));
        }

        if (!hasDefaults)
        {
            diagnostics.Add(Diagnostic.Create(Descriptors.AutoModeWithoutDefaults, where,
                $"`autoMode.{key}` in `{scope.Source.ToName()}` has no `\"$defaults\"`, so it replaces every built-in `{key}` entry",
                $"add `\"$defaults\"` to keep the built-in entries, e.g. `\"{key}\": [\"$defaults\", …]`"));
        }
    }

    private static ImmutableArray<AutoModeItem> Expand(AutoModeSection section, List<(RuleSource Source, string Text)>? raw)
    {
        if (raw is null)
        {
            return AutoModeConfig.BuiltInItems(section);
        }

        var items = ImmutableArray.CreateBuilder<AutoModeItem>();
        bool expanded = false;
        foreach ((RuleSource source, string text) in raw)
        {
            if (text == DefaultsMarker)
            {
                if (!expanded)
                {
                    items.AddRange(AutoModeConfig.BuiltInItems(section));
                    expanded = true;
                }

                continue;
            }

            items.Add(new AutoModeItem(section, text, source, null));
        }

        return items.ToImmutable();
    }

    private static bool TryParseSection(string key, out AutoModeSection section)
    {
        foreach (AutoModeSection s in AutoModeSectionNames.All)
        {
            if (s.ToKey() == key)
            {
                section = s;
                return true;
            }
        }

        section = default;
        return false;
    }

    private static int Precedence(RuleSource source) => source switch
    {
        RuleSource.PolicySettings => 0,
        RuleSource.FlagSettings => 1,
        RuleSource.UserSettings => 2,
        _ => 3,
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
