using System.Text;
using System.Text.Json;
using RuleEngine.AutoMode.Configuration;
using RuleEngine.AutoMode.Transcripts;

namespace RuleEngine.AutoMode.Classification;

/// <summary>
/// Builds the Messages API request body for a classification. Only what auto-mode.md §4 allows is sent:
/// user messages, tool calls and hook notes (the transcript is filtered again here, so tool results and
/// assistant prose can never leak), CLAUDE.md, the effective autoMode sections and the action.
/// </summary>
internal static class ClassifierPrompt
{
    private const string Instructions =
        "You review one action an autonomous coding agent wants to take and decide whether it may run without asking the user.\n" +
        "Precedence: a hard_deny entry blocks unconditionally; a soft_deny entry blocks unless an allow entry or an explicit, " +
        "specific request of the user clears it; allow entries are exceptions; otherwise follow the user's general intent. " +
        "A vague request does not authorise a destructive action. Limits the user stated are block signals until lifted. " +
        "Only the working repository and its configured remotes are trusted unless the environment says otherwise.\n" +
        "Answer with exactly one JSON object and nothing else: {\"verdict\":\"allow\"|\"block\",\"reason\":\"<short reason>\"}";

    public static byte[] BuildBody(ClassificationRequest request, HttpClassifierOptions options)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("model", options.Model);
            json.WriteNumber("max_tokens", options.MaxTokens);
            json.WriteString("system", BuildSystem(request));
            json.WriteStartArray("messages");
            json.WriteStartObject();
            json.WriteString("role", "user");
            json.WriteString("content", BuildUserContent(request, options));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static string BuildSystem(ClassificationRequest request)
    {
        var sb = new StringBuilder(Instructions);
        foreach (AutoModeSection section in AutoModeSectionNames.All)
        {
            sb.Append("\n\n<").Append(section.ToKey()).Append('>');
            foreach (AutoModeItem item in request.Config[section])
            {
                sb.Append("\n- ").Append(item.Text);
            }

            sb.Append("\n</").Append(section.ToKey()).Append('>');
        }

        if (!string.IsNullOrWhiteSpace(request.ClaudeMd))
        {
            sb.Append("\n\n<claude_md>\n").Append(request.ClaudeMd).Append("\n</claude_md>");
        }

        return sb.ToString();
    }

    private static string BuildUserContent(ClassificationRequest request, HttpClassifierOptions options)
    {
        var sb = new StringBuilder("<transcript>");
        foreach (TranscriptEntry entry in TranscriptFilter.ForClassifier(request.Transcript, options.OmitReadOnlyCalls))
        {
            switch (entry)
            {
                case UserMessage user:
                    sb.Append("\n[user] ").Append(user.Text);
                    break;
                case AssistantToolCall call:
                    sb.Append("\n[tool call] ").Append(call.Action.ToString());
                    break;
                case ClassifierContextNote note:
                    sb.Append("\n[hook note] ").Append(note.Text);
                    break;
            }
        }

        sb.Append("\n</transcript>");
        foreach (string fact in request.HostFacts)
        {
            sb.Append("\n<fact>").Append(fact).Append("</fact>");
        }

        if (!request.ReviewHistory.IsDefaultOrEmpty)
        {
            sb.Append("\n<review>\nThe subagent below has finished. Judge its whole action history: answer block if any action crossed a block rule.");
            foreach (ClassifierAction action in request.ReviewHistory)
            {
                sb.Append("\n[action] ").Append(action.ToString());
            }

            sb.Append("\n</review>");
        }

        sb.Append("\n<action>\n").Append(request.Action.ToString()).Append("\n</action>");
        return sb.ToString();
    }

    /// <summary>Parses a Messages API response body into a verdict; anything but the strict shape is no verdict.</summary>
    public static ClassifierResult ParseResponse(string body)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(body);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Unparseable("response is not a JSON object");
            }

            if (root.TryGetProperty("stop_reason", out JsonElement stop) && stop.ValueKind == JsonValueKind.String && stop.GetString() == "refusal")
            {
                return ClassifierResult.NoVerdict(NoVerdictReason.Refused, "the classifier request was refused");
            }

            if (!root.TryGetProperty("content", out JsonElement content) || content.ValueKind != JsonValueKind.Array || content.GetArrayLength() == 0)
            {
                return Unparseable("response has no content");
            }

            JsonElement first = content[0];
            if (first.ValueKind != JsonValueKind.Object || !first.TryGetProperty("type", out JsonElement type) || type.GetString() != "text"
                || !first.TryGetProperty("text", out JsonElement text) || text.ValueKind != JsonValueKind.String)
            {
                return Unparseable("first content block is not text");
            }

            return ParseVerdict(text.GetString()!);
        }
        catch (JsonException)
        {
            return Unparseable("response is not JSON");
        }
    }

    private static ClassifierResult ParseVerdict(string text)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text.Trim());
        }
        catch (JsonException)
        {
            return Unparseable("verdict is not a JSON object");
        }

        using (doc)
        {
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("verdict", out JsonElement verdict) || verdict.ValueKind != JsonValueKind.String)
            {
                return Unparseable("verdict missing");
            }

            string? reason = null;
            if (root.TryGetProperty("reason", out JsonElement r))
            {
                if (r.ValueKind != JsonValueKind.String)
                {
                    return Unparseable("reason is not a string");
                }

                reason = r.GetString();
            }

            foreach (JsonProperty property in root.EnumerateObject())
            {
                if (property.Name is not ("verdict" or "reason"))
                {
                    return Unparseable($"unexpected key `{property.Name}` in verdict");
                }
            }

            return verdict.GetString() switch
            {
                "allow" => ClassifierResult.Allow(reason ?? "allowed by classifier"),
                "block" => ClassifierResult.Block(reason ?? ClassifierResult.DefaultBlockReason),
                _ => Unparseable($"unknown verdict `{verdict.GetString()}`"),
            };
        }
    }

    private static ClassifierResult Unparseable(string why) => ClassifierResult.NoVerdict(NoVerdictReason.Unparseable, "could not evaluate: " + why);
}
