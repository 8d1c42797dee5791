using System.Text;
using System.Text.Json;
using RuleEngine.Cli.Output;
using RuleEngine.Evaluation;
using RuleEngine.Syntax;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>rulec explain</c> with the same inputs as <c>eval</c>: the full reason tree, each rule with its source
/// position, and for rules that did not match, why not (the nearest miss). Exit codes as <c>eval</c>.
/// </summary>
internal static class ExplainCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        if (EvaluationRequest.Parse(args, stderr, stdin) is not { } request)
        {
            return ExitCodes.CouldNotRun;
        }

        (ArgReader a, CallSpec spec, PolicyOptions policy, bool json) = request;

        Explanation explanation = new PermissionEngine(policy.RuleSet).Explain(spec.Call, policy.Context);
        if (policy.Context.Mode == Settings.PermissionMode.Auto)
        {
            RuleEngine.AutoMode.AutoModeEvaluator auto = AutoModeSupport.Create(a, policy);
            foreach (RuleEngine.AutoMode.DroppedRule dropped in auto.Rules.Dropped)
            {
                stderr.WriteLine($"rulec: {dropped.Message}");
            }

            explanation = explanation with { Decision = auto.DecideAsync(spec.Call, policy.Context).AsTask().GetAwaiter().GetResult() };
        }
        if (json)
        {
            WriteJson(explanation, policy, stdout);
        }
        else
        {
            WriteHuman(explanation, policy, stdout);
        }

        return EvalCommand.ExitCode(explanation.Decision.Behavior);
    }

    private static void WriteHuman(Explanation e, PolicyOptions policy, TextWriter stdout)
    {
        stdout.WriteLine($"{DecisionRenderer.Name(e.Decision.Behavior)}: {DecisionRenderer.DescribeCall(e.Call)}");
        stdout.WriteLine($"  mode {Settings.PermissionModeNames.ToName(policy.Context.Mode)}, cwd {policy.Context.Cwd}");
        stdout.WriteLine();
        stdout.WriteLine("why:");
        DecisionRenderer.WriteReason(e.Decision.Reason, stdout, "  ");
        stdout.WriteLine();
        if (e.Rules.IsEmpty)
        {
            stdout.WriteLine("rules considered: none apply to this tool");
            return;
        }

        stdout.WriteLine("rules considered (deny, then ask, then allow):");
        foreach (RuleTrace t in e.Rules)
        {
            stdout.WriteLine($"  {(t.Matched ? "✓" : "✗")} {t.Entry.Behavior.ToName(),-5} {t.Entry.Rule}   {DecisionRenderer.Provenance(t.Entry)}");
            foreach (string line in t.Note.Split('\n'))
            {
                stdout.WriteLine($"      {line}");
            }
        }

        if (policy.RuleSet.Ignored.Length > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine("rules not in effect:");
            foreach (Settings.IgnoredRule ignored in policy.RuleSet.Ignored)
            {
                stdout.WriteLine($"  {ignored.Entry.Behavior.ToName(),-5} {ignored.Entry.Rule}   {DecisionRenderer.Provenance(ignored.Entry)}: {ignored.Reason}");
            }
        }
    }

    private static void WriteJson(Explanation e, PolicyOptions policy, TextWriter stdout)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("decision", DecisionRenderer.Name(e.Decision.Behavior));
            w.WriteString("tool", e.Call.ToolName);
            w.WritePropertyName("input");
            e.Call.Input.WriteTo(w);
            w.WriteString("mode", Settings.PermissionModeNames.ToName(policy.Context.Mode));
            w.WritePropertyName("reason");
            DecisionRenderer.WriteReasonJson(e.Decision.Reason, w);
            w.WriteStartArray("rules");
            foreach (RuleTrace t in e.Rules)
            {
                w.WriteStartObject();
                w.WriteString("rule", t.Entry.Rule.ToString());
                w.WriteString("list", t.Entry.Behavior.ToName());
                w.WriteString("source", t.Entry.Source.ToName());
                if (t.Entry.Location.Path is { } path)
                {
                    w.WriteString("file", path);
                    w.WriteNumber("line", t.Entry.Location.Line + 1);
                    w.WriteNumber("column", t.Entry.Location.Column + 1);
                }

                w.WriteBoolean("matched", t.Matched);
                w.WriteString("note", t.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
