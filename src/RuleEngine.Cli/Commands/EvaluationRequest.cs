namespace RuleEngine.Cli.Commands;

/// <summary>
/// What <c>eval</c> and <c>explain</c> share: their options, the call to evaluate, the loaded policy with
/// <c>disableAutoMode</c> applied, and the output format.
/// </summary>
internal sealed record EvaluationRequest(ArgReader Args, CallSpec Spec, PolicyOptions Policy, bool Json)
{
    /// <summary>Parses and loads; null (after writing the reason to stderr) when the policy cannot be loaded.</summary>
    public static EvaluationRequest? Parse(IReadOnlyList<string> args, TextWriter stderr, TextReader stdin)
    {
        ArgReader a = ArgReader.Parse(args, [.. PolicyOptions.Valued, .. CallSpec.Valued, .. AutoModeSupport.Valued, "--format"], PolicyOptions.Flags);
        string format = a.Single("--format") ?? "human";
        if (format is not ("human" or "json"))
        {
            throw new UsageException($"unknown format `{format}` (use human or json)");
        }

        CallSpec spec;
        try
        {
            spec = CallSpec.Read(a, stdin);
        }
        catch (HookInputException ex)
        {
            throw new UsageException(ex.Message);
        }

        return PolicyOptions.Load(a, stderr, spec.Cwd, spec.Mode) is { } loaded
            ? new EvaluationRequest(a, spec, AutoModeSupport.ApplyDisable(loaded, stderr), format == "json")
            : null;
    }
}
