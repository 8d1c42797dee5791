using System.Text;
using System.Text.Json;
using RuleEngine.Cli.Output;
using RuleEngine.Evaluation;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>rulec hook [--settings F… | --project D …] [--fail-open]</c>: a Claude Code PreToolUse command hook
/// (hook-protocol.md). Reads the hook JSON on stdin and answers allow / deny / ask with the reason as
/// <c>hookSpecificOutput</c> on stdout (exit 0); stays silent when no rule or check decides.
/// Malformed or truncated stdin fails closed: exit 2 with the reason on stderr (Claude Code blocks the
/// call) — or, with <c>--fail-open</c>, exit 1 (a non-blocking hook error; the call proceeds).
/// </summary>
internal static class HookCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        ArgReader a = ArgReader.Parse(args, [.. PolicyOptions.Valued, .. AutoModeSupport.Valued], [.. PolicyOptions.Flags, "--fail-open"]);
        bool failOpen = a.Flag("--fail-open");
        int Fail(string message)
        {
            stderr.WriteLine($"rulec hook: {message}");
            return failOpen ? ExitCodes.CouldNotRun : ExitCodes.Deny;
        }

        CallSpec spec;
        string? eventName;
        try
        {
            string text = stdin.ReadToEnd();
            if (string.IsNullOrWhiteSpace(text))
            {
                return Fail("no hook input on stdin; expected the PreToolUse JSON object");
            }

            spec = CallSpec.FromHookJson(text);
            using JsonDocument doc = JsonDocument.Parse(text);
            eventName = doc.RootElement.TryGetProperty("hook_event_name", out JsonElement e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        }
        catch (HookInputException ex)
        {
            return Fail(ex.Message);
        }

        if (eventName is not null and not "PreToolUse")
        {
            return ExitCodes.Ok;
        }

        PolicyOptions? policy;
        try
        {
            policy = PolicyOptions.Load(a, stderr, spec.Cwd, spec.Mode);
        }
        catch (UsageException ex)
        {
            return Fail(ex.Message);
        }

        if (policy is null)
        {
            return Fail("the policy files could not be loaded (see above)");
        }

        policy = AutoModeSupport.ApplyDisable(policy, TextWriter.Null);

        // In auto mode the dangerous allow rules are set aside and what the fast path leaves open is the
        // host's classifier's business: stay silent for it.
        Decision decision = policy.Context.Mode == Settings.PermissionMode.Auto && !policy.RuleSet.Settings.DisableAutoMode
            ? AutoModeSupport.Create(a, policy).DecideFastPath(spec.Call, policy.Context)
            : new PermissionEngine(policy.RuleSet).Evaluate(spec.Call, policy.Context);
        if (decision.Behavior == DecisionBehavior.Passthrough)
        {
            return ExitCodes.Ok;
        }

        WriteOutput(stdout, DecisionRenderer.Name(decision.Behavior), ReasonText(decision));
        return ExitCodes.Ok;
    }

    /// <summary>The <c>permissionDecisionReason</c>, e.g. <c>denied by Bash(rm *) from .claude/settings.json (project)</c>.</summary>
    internal static string ReasonText(Decision decision)
    {
        string verb = decision.Behavior switch
        {
            DecisionBehavior.Allow => "allowed",
            DecisionBehavior.Deny => "denied",
            _ => "needs approval",
        };

        DecisionReason reason = Deciding(decision);
        return reason switch
        {
            RuleReason r => $"{verb} by {r.Entry.Rule} from {Source(r.Entry)}",
            SafetyCheckReason { Rule: { } rule } s => $"{verb}: {s.Message} ({rule.Rule} from {Source(rule)})",
            _ => $"{verb}: {DecisionRenderer.Describe(reason)}",
        };
    }

    private static DecisionReason Deciding(Decision decision)
    {
        if (decision.Reason is not SubcommandsReason sub)
        {
            return decision.Reason;
        }

        SubcommandDecision? part = sub.Parts.FirstOrDefault(p => p.Decision.Behavior == decision.Behavior && p.Decision.Reason is not SubcommandsReason)
            ?? sub.Parts.FirstOrDefault(p => p.Decision.Behavior == decision.Behavior);
        return part is null ? decision.Reason : Deciding(part.Decision);
    }

    private static string Source(Syntax.RuleEntry entry) =>
        entry.Location.Path is { } path ? $"{path} ({Syntax.RuleSourceNames.ToLabel(entry.Source)})" : Syntax.RuleSourceNames.ToName(entry.Source);

    private static void WriteOutput(TextWriter stdout, string decision, string reason)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartObject("hookSpecificOutput");
            w.WriteString("hookEventName", "PreToolUse");
            w.WriteString("permissionDecision", decision);
            w.WriteString("permissionDecisionReason", reason);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
