using System.Collections.Immutable;
using RuleEngine.Cli.Commands;

namespace RuleEngine.Cli.Serve;

/// <summary>Loads the policy named by the policy and context options, at start-up and on every <c>reload</c>.</summary>
internal sealed class ServicePolicyLoader
{
    private readonly ArgReader _args;

    public ServicePolicyLoader(ArgReader args)
    {
        _args = args;
    }

    /// <summary>The options the policy was loaded from (also consulted for auto-mode sessions).</summary>
    public ArgReader Args => _args;

    /// <summary>Reads the settings files again; never throws for a bad file, it reports it.</summary>
    public PolicyLoadResult Load()
    {
        var errors = new StringWriter();
        try
        {
            if (PolicyOptions.Load(_args, errors) is not { } options)
            {
                string[] lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return new PolicyLoadResult(null, lines.Length == 0 ? ["the policy files could not be loaded"] : [.. lines.Select(l => l.StartsWith("rulec: ", StringComparison.Ordinal) ? l["rulec: ".Length..] : l)]);
            }

            string? project = _args.Single("--project") is { } p ? Path.GetFullPath(p) : null;
            ImmutableArray<string> addDirs = [.. _args.All("--add-dir").Select(d => Path.GetFullPath(d, options.Context.Cwd))];
            return new PolicyLoadResult(new ServicePolicy(options, project, addDirs), []);
        }
        catch (Exception ex) when (ex is UsageException or FormatException or IOException or UnauthorizedAccessException)
        {
            return PolicyLoadResult.Failed(ex.Message);
        }
    }
}
