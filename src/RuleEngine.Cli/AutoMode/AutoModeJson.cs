using System.Text.Encodings.Web;
using System.Text.Json;
using RuleEngine.AutoMode.BuiltIn;
using RuleEngine.AutoMode.Configuration;

namespace RuleEngine.Cli.AutoMode;

/// <summary>JSON renderings for <c>rulec auto-mode defaults</c> and <c>config</c>.</summary>
internal static class AutoModeJson
{
    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The built-in policy, one array per section; each entry has id, category, description and whether it is matched statically.</summary>
    public static string Defaults()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, s_options))
        {
            json.WriteStartObject();
            foreach (AutoModeSection section in AutoModeSectionNames.All)
            {
                json.WriteStartArray(section.ToKey());
                foreach (BuiltInRule rule in BuiltInPolicy.Rules.Where(r => r.Section == section))
                {
                    json.WriteStartObject();
                    json.WriteString("id", rule.Id);
                    json.WriteString("category", rule.Category);
                    json.WriteString("description", rule.Description);
                    json.WriteString("matcher", rule.IsStatic ? "static" : "prose");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The effective configuration: each section's prose (built-ins expanded) with its origin, and classifyAllShell.</summary>
    public static string Config(AutoModeConfig config)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, s_options))
        {
            json.WriteStartObject();
            foreach (AutoModeSection section in AutoModeSectionNames.All)
            {
                json.WriteStartArray(section.ToKey());
                foreach (AutoModeItem item in config[section])
                {
                    json.WriteStartObject();
                    json.WriteString("text", item.Text);
                    if (item.BuiltInId is string id)
                    {
                        json.WriteString("builtIn", id);
                    }
                    else
                    {
                        json.WriteString("source", RuleEngine.Syntax.RuleSourceNames.ToName(item.Source!.Value));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteBoolean("classifyAllShell", config.ClassifyAllShell);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
