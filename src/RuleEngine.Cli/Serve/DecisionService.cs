using RuleEngine.Evaluation;

namespace RuleEngine.Cli.Serve;

/// <summary>
/// The core of <c>rulec serve</c>, independent of the transport: the current policy (one
/// <see cref="Evaluation.PermissionEngine"/> shared by every connection), reloads, statistics, and
/// <see cref="ServeConnectionAsync"/>, which answers one newline-delimited JSON session over a pair of streams.
/// </summary>
internal sealed class DecisionService
{
    private readonly ServicePolicyLoader _loader;
    private readonly Lock _reloadLock = new();
    private volatile ServicePolicy _policy;

    public DecisionService(ServicePolicyLoader loader, ServicePolicy policy, int maxRequestBytes = ServeOptions.DefaultMaxRequestBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRequestBytes, 2);
        _loader = loader;
        _policy = policy;
        MaxRequestBytes = maxRequestBytes;
    }

    /// <summary>The policy new requests are decided by.</summary>
    public ServicePolicy Policy => _policy;

    public ServiceStats Stats { get; } = new();

    /// <summary>Longest accepted request line in bytes, without its newline.</summary>
    public int MaxRequestBytes { get; }

    /// <summary>The options the policy came from (auto-mode sessions read their classifier choice there).</summary>
    public ArgReader Args => _loader.Args;

    /// <summary>Loads the policy; null with the errors when it cannot be.</summary>
    public static DecisionService? Create(ServicePolicyLoader loader, int maxRequestBytes, out IReadOnlyList<string> errors)
    {
        PolicyLoadResult result = loader.Load();
        errors = result.Errors;
        return result.Policy is { } policy ? new DecisionService(loader, policy, maxRequestBytes) : null;
    }

    /// <summary>
    /// Decides a few representative calls so the first client request does not pay for JIT compilation
    /// (about 100 ms on a cold start); not counted in the statistics.
    /// </summary>
    public void WarmUp()
    {
        ServicePolicy policy = _policy;
        EvaluationContext context = policy.DefaultContext;
        string file = Path.Combine(context.Cwd, "src", "warm-up.txt");
        ToolCall[] calls =
        [
            ToolCall.Bash("git status && npm test -- --watch | tee out.txt; echo \"$(date)\""),
            ToolCall.File("Read", file),
            ToolCall.File("Edit", file),
            ToolCall.WebFetch("https://example.com/"),
        ];
        foreach (ToolCall call in calls)
        {
            policy.Engine.Evaluate(call, context);
            policy.Engine.Decide(call, context);
        }
    }

    /// <summary>Reloads the policy files; on errors the previous policy stays in effect. Requests in flight finish on the policy they started with.</summary>
    public PolicyLoadResult Reload()
    {
        lock (_reloadLock)
        {
            PolicyLoadResult result = _loader.Load();
            if (result.Policy is { } policy)
            {
                _policy = policy;
            }

            return result;
        }
    }

    /// <summary>
    /// Answers requests read from <paramref name="input"/> on <paramref name="output"/>, in order, until the
    /// input ends, the output is closed, or <paramref name="stopping"/> fires (then the requests already
    /// received are answered first). Never throws for bad input or a dropped client; leaves both streams open.
    /// </summary>
    public Task ServeConnectionAsync(Stream input, Stream output, CancellationToken stopping = default) =>
        new ServeConnection(this, input, output).RunAsync(stopping);
}
