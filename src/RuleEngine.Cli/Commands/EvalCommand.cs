using RuleEngine.Cli.Output;
using RuleEngine.Evaluation;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// <c>rulec eval (--command C | --path P | --url U | --tool T --input J | &lt; hook.json) [policy and context options] [--format human|json]</c>:
/// prints the decision Claude Code would make. Exit 0 allow, 2 deny, 4 ask, 1 could not run.
/// </summary>
internal static class EvalCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        if (EvaluationRequest.Parse(args, stderr, stdin) is not { } request)
        {
            return ExitCodes.CouldNotRun;
        }

        (ArgReader a, CallSpec spec, PolicyOptions policy, bool json) = request;

        Decision decision = policy.Context.Mode == Settings.PermissionMode.Auto
            ? AutoModeSupport.Decide(a, policy, spec.Call)
            : new PermissionEngine(policy.RuleSet).Decide(spec.Call, policy.Context);
        if (json)
        {
            DecisionRenderer.WriteJson(decision, spec.Call, stdout);
        }
        else
        {
            DecisionRenderer.WriteHuman(decision, spec.Call, stdout);
        }

        return ExitCode(decision.Behavior);
    }

    public static int ExitCode(DecisionBehavior behavior) => behavior switch
    {
        DecisionBehavior.Allow => ExitCodes.Ok,
        DecisionBehavior.Deny => ExitCodes.Deny,
        _ => ExitCodes.Ask,
    };
}
