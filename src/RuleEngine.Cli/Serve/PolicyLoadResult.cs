namespace RuleEngine.Cli.Serve;

/// <summary>The outcome of (re)loading the policy: the new policy, or the errors that prevented it.</summary>
internal sealed record PolicyLoadResult(ServicePolicy? Policy, IReadOnlyList<string> Errors)
{
    public static PolicyLoadResult Failed(params string[] errors) => new(null, errors);
}
