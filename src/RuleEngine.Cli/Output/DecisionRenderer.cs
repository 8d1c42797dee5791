using System.Text;
using System.Text.Json;
using RuleEngine.Diagnostics;
using RuleEngine.Evaluation;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.Output;

/// <summary>Renders a <see cref="Decision"/> and its reason tree as text or JSON.</summary>
internal static class DecisionRenderer
{
    /// <summary>One line for the decision, then the reason tree indented.</summary>
    public static void WriteHuman(Decision decision, ToolCall call, TextWriter output)
    {
        output.WriteLine($"{Name(decision.Behavior)}: {DescribeCall(call)}");
        WriteReason(decision.Reason, output, "  ");
    }

    /// <summary>The reason tree, one node per line.</summary>
    public static void WriteReason(DecisionReason reason, TextWriter output, string indent)
    {
        switch (reason)
        {
            case SubcommandsReason sub:
                output.WriteLine($"{indent}compound command, {sub.Parts.Length} part{(sub.Parts.Length == 1 ? string.Empty : "s")}:");
                foreach (SubcommandDecision part in sub.Parts)
                {
                    output.WriteLine($"{indent}  `{part.Text}` → {Name(part.Decision.Behavior)}");
                    WriteReason(part.Decision.Reason, output, indent + "    ");
                }

                break;
            default:
                output.WriteLine($"{indent}{Describe(reason)}");
                break;
        }
    }

    /// <summary>A one-line human description of a (non-compound) reason.</summary>
    public static string Describe(DecisionReason reason) => reason switch
    {
        RuleReason r => $"{r.Entry.Behavior.ToName()} rule `{r.Entry.Rule}` from {Provenance(r.Entry)}",
        ModeReason m => $"mode {m.Mode}: {m.Message}",
        SafetyCheckReason s => $"safety check {s.Kind}: {s.Message}" + (s.Rule is { } rule ? $" (rule `{rule.Rule}` from {Provenance(rule)})" : string.Empty),
        ReadOnlyReason => "built-in read-only command",
        PreapprovedHostReason p => $"preapproved documentation host `{p.Host}`",
        NoRuleReason n => $"no rule decided: {n.Message}",
        HookReason h => $"hook: {h.Message}",
        ClassifierReason c => $"classifier {c.Verdict}: {c.Message}",
        OtherReason o => o.Message,
        SubcommandsReason s => s.Summary,
        _ => reason.Summary,
    };

    /// <summary><c>.claude/settings.json (project) line 12, column 8</c>, or just the scope.</summary>
    public static string Provenance(RuleEntry entry)
    {
        var sb = new StringBuilder();
        if (entry.Location.Path is { } path)
        {
            sb.Append(path).Append(" (").Append(entry.Source.ToLabel()).Append(')');
            if (entry.Location.HasPosition)
            {
                sb.Append(" line ").Append(entry.Location.Line + 1).Append(", column ").Append(entry.Location.Column + 1);
            }
        }
        else
        {
            sb.Append(entry.Source.ToName());
        }

        return sb.ToString();
    }

    /// <summary>The decision as a JSON object: behavior, call, reason tree.</summary>
    public static void WriteJson(Decision decision, ToolCall call, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("decision", Name(decision.Behavior));
            w.WriteString("tool", call.ToolName);
            w.WritePropertyName("input");
            call.Input.WriteTo(w);
            w.WritePropertyName("reason");
            WriteReasonJson(decision.Reason, w);
            w.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>One reason node as JSON (recursive for compound commands).</summary>
    public static void WriteReasonJson(DecisionReason reason, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        switch (reason)
        {
            case RuleReason r:
                w.WriteString("kind", "rule");
                WriteRule(r.Entry, w);
                break;
            case ModeReason m:
                w.WriteString("kind", "mode");
                w.WriteString("mode", Settings.PermissionModeNames.ToName(m.Mode));
                w.WriteString("message", m.Message);
                break;
            case SafetyCheckReason s:
                w.WriteString("kind", "safetyCheck");
                w.WriteString("check", JsonNamingPolicy.CamelCase.ConvertName(s.Kind.ToString()));
                w.WriteString("message", s.Message);
                if (s.Rule is { } rule)
                {
                    w.WritePropertyName("rule");
                    w.WriteStartObject();
                    WriteRule(rule, w);
                    w.WriteEndObject();
                }

                break;
            case SubcommandsReason sub:
                w.WriteString("kind", "subcommands");
                w.WriteStartArray("parts");
                foreach (SubcommandDecision part in sub.Parts)
                {
                    w.WriteStartObject();
                    w.WriteString("text", part.Text);
                    w.WriteString("decision", Name(part.Decision.Behavior));
                    w.WritePropertyName("reason");
                    WriteReasonJson(part.Decision.Reason, w);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case ReadOnlyReason:
                w.WriteString("kind", "readOnly");
                break;
            case PreapprovedHostReason p:
                w.WriteString("kind", "preapprovedHost");
                w.WriteString("host", p.Host);
                break;
            case NoRuleReason n:
                w.WriteString("kind", "none");
                w.WriteString("message", n.Message);
                break;
            case HookReason h:
                w.WriteString("kind", "hook");
                w.WriteString("message", h.Message);
                break;
            case ClassifierReason c:
                w.WriteString("kind", "classifier");
                w.WriteString("verdict", c.Verdict);
                w.WriteString("message", c.Message);
                break;
            default:
                w.WriteString("kind", "other");
                w.WriteString("message", reason is OtherReason o ? o.Message : reason.Summary);
                break;
        }

        w.WriteEndObject();
    }

    /// <summary><c>Bash `npm test`</c>, <c>Read /a/b</c>, …</summary>
    public static string DescribeCall(ToolCall call)
    {
        string? main = call.GetString("command") ?? call.GetString("file_path") ?? call.GetString("notebook_path")
            ?? call.GetString("url") ?? call.GetString("path") ?? call.GetString("skill") ?? call.GetString("subagent_type");
        return main is null ? call.ToolName : $"{call.ToolName} `{main}`";
    }

    public static string Name(DecisionBehavior b) => b.ToString().ToLowerInvariant();

    private static void WriteRule(RuleEntry entry, Utf8JsonWriter w)
    {
        w.WriteString("rule", entry.Rule.ToString());
        w.WriteString("list", entry.Behavior.ToName());
        w.WriteString("source", entry.Source.ToName());
        if (entry.Location.Path is { } path)
        {
            w.WriteString("file", path);
        }

        if (entry.Location.HasPosition)
        {
            w.WriteNumber("line", entry.Location.Line + 1);
            w.WriteNumber("column", entry.Location.Column + 1);
        }
    }
}
