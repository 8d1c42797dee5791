using System.Text;
using System.Text.Json;
using RuleEngine.Cli.Commands;
using RuleEngine.Cli.Output;
using RuleEngine.Cli.Serve;
using RuleEngine.Evaluation;

namespace RuleEngine.Cli.Tests.Serve;

/// <summary>Builds services over a small policy and computes the answers the engine gives directly.</summary>
internal static class ServeFixture
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static readonly string[] PolicyArgs =
    [
        "--cwd", "/home/alice/proj", "--home", "/home/alice",
        "--allow", "Bash(npm test *)", "--allow", "Bash(git status)", "--deny", "Bash(rm *)",
        "--deny", "Read(./.env)", "--allow", "Edit(src/**)", "--ask", "WebFetch(domain:example.com)",
    ];

    public static ArgReader Args(params string[] args) =>
        ArgReader.Parse(args, [.. PolicyOptions.Valued, .. ServeOptions.Valued], [.. PolicyOptions.Flags, .. ServeOptions.Flags]);

    public static DecisionService Service(int maxRequestBytes = ServeOptions.DefaultMaxRequestBytes, params string[] args)
    {
        DecisionService? service = DecisionService.Create(new ServicePolicyLoader(Args(args.Length == 0 ? PolicyArgs : args)), maxRequestBytes, out IReadOnlyList<string> errors);
        Assert.True(service is not null, string.Join("\n", errors));
        return service;
    }

    /// <summary>The policy and context loaded the way <c>rulec eval</c> loads them, independently of the service.</summary>
    public static PolicyOptions Policy(params string[] args) => PolicyOptions.Load(Args(args.Length == 0 ? PolicyArgs : args), TextWriter.Null)!;

    /// <summary>The reason tree as <c>rulec eval --format json</c> writes it, compact.</summary>
    public static string ReasonJson(Decision decision)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            DecisionRenderer.WriteReasonJson(decision.Reason, w);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Compact(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            element.WriteTo(w);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string TempDirectory() => Directory.CreateTempSubdirectory("rs").FullName;
}
