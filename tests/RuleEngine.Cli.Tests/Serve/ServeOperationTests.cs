using System.Text.Json;
using RuleEngine.Cli.Serve;

namespace RuleEngine.Cli.Tests.Serve;

public class ServeOperationTests
{
    [Fact]
    public async Task Ping_WithId_OkAndIdEchoed()
    {
        await using var client = new PipeClient(ServeFixture.Service());
        JsonElement response = await client.AskAsync("""{"id":"p1","op":"ping"}""");
        Assert.Equal("""{"id":"p1","ok":true}""", ServeFixture.Compact(response));
    }

    [Fact]
    public async Task Stats_AfterTraffic_CountsRequestsErrorsAndLatency()
    {
        await using var client = new PipeClient(ServeFixture.Service());
        JsonElement before = await client.AskAsync("""{"op":"stats"}""");
        Assert.Equal(JsonValueKind.Null, before.GetProperty("p50Micros").ValueKind);

        for (int i = 0; i < 5; i++)
        {
            await client.AskAsync("""{"tool":"Bash","input":{"command":"npm test && git status"}}""");
        }

        await client.AskAsync("garbage");
        JsonElement stats = await client.AskAsync("""{"op":"stats"}""");

        Assert.Equal(8, stats.GetProperty("requests").GetInt64());
        Assert.Equal(1, stats.GetProperty("errors").GetInt64());
        Assert.Equal(1, stats.GetProperty("connections").GetInt64());
        Assert.Equal(6, stats.GetProperty("rules").GetInt32());
        Assert.True(stats.GetProperty("uptimeSeconds").GetDouble() >= 0);
        long p50 = stats.GetProperty("p50Micros").GetInt64();
        long p99 = stats.GetProperty("p99Micros").GetInt64();
        Assert.InRange(p50, 0, p99);
    }

    [Fact]
    public async Task Reload_ChangedSettings_NewRulesApplyAndCountReported()
    {
        string file = CliRunner.TempFile("""{"permissions":{"deny":["Bash(make *)"]}}""");
        DecisionService service = ServeFixture.Service(args: ["--cwd", "/p", "--home", "/h", "--settings", file]);
        await using var client = new PipeClient(service);
        Assert.Equal("deny", (await client.AskAsync(Make)).GetProperty("decision").GetString());

        File.WriteAllText(file, """{"permissions":{"allow":["Bash(make *)", "Bash(npm test)"]}}""");
        JsonElement reload = await client.AskAsync("""{"id":"r","op":"reload"}""");

        Assert.Equal("""{"id":"r","ok":true,"rules":2}""", ServeFixture.Compact(reload));
        Assert.Equal("allow", (await client.AskAsync(Make)).GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Reload_BrokenSettings_ErrorsReportedAndOldPolicyKept()
    {
        string file = CliRunner.TempFile("""{"permissions":{"deny":["Bash(make *)"]}}""");
        DecisionService service = ServeFixture.Service(args: ["--cwd", "/p", "--home", "/h", "--settings", file]);
        await using var client = new PipeClient(service);

        File.WriteAllText(file, """{"permissions":{"deny":["Bash(make *)" """);
        JsonElement reload = await client.AskAsync("""{"op":"reload"}""");

        Assert.False(reload.GetProperty("ok").GetBoolean());
        Assert.Equal("reload failed; the previous policy stays in effect", reload.GetProperty("error").GetString());
        string first = reload.GetProperty("errors")[0].GetString()!;
        Assert.Contains(file, first, StringComparison.Ordinal);
        Assert.Contains("RE0001", first, StringComparison.Ordinal);
        Assert.Equal(1, reload.GetProperty("rules").GetInt32());
        Assert.Equal("deny", (await client.AskAsync(Make)).GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Reload_AutoModeSession_StartsAgainOnTheNewRules()
    {
        string file = CliRunner.TempFile("""{"permissions":{"allow":["Bash(make build)"]}}""");
        DecisionService service = ServeFixture.Service(args: ["--cwd", "/p", "--home", "/h", "--settings", file, "--mode", "auto"]);
        await using var client = new PipeClient(service);
        string build = """{"tool":"Bash","input":{"command":"make build"}}""";
        Assert.Equal("allow", (await client.AskAsync(build)).GetProperty("decision").GetString());

        File.WriteAllText(file, """{"permissions":{"deny":["Bash(make build)"]}}""");
        Assert.True((await client.AskAsync("""{"op":"reload"}""")).GetProperty("ok").GetBoolean());

        JsonElement after = await client.AskAsync(build);
        Assert.Equal("deny", after.GetProperty("decision").GetString());
        Assert.Equal("rule", after.GetProperty("reason").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Reload_DuringConcurrentTraffic_EveryAnswerFromTheOldOrTheNewPolicy()
    {
        string file = CliRunner.TempFile("""{"permissions":{"deny":["Bash(make *)"]}}""");
        DecisionService service = ServeFixture.Service(args: ["--cwd", "/p", "--home", "/h", "--settings", file]);
        File.WriteAllText(file, """{"permissions":{"allow":["Bash(make *)"]}}""");

        async Task<string[]> ClientAsync()
        {
            await using var client = new PipeClient(service);
            var answers = new string[40];
            for (int i = 0; i < answers.Length; i++)
            {
                JsonElement response = await client.AskAsync(Make);
                answers[i] = response.GetProperty("decision").GetString()!;
            }

            return answers;
        }

        Task<string[]>[] clients = [.. Enumerable.Range(0, 4).Select(_ => Task.Run(ClientAsync))];
        await using (var admin = new PipeClient(service))
        {
            for (int i = 0; i < 5; i++)
            {
                Assert.True((await admin.AskAsync("""{"op":"reload"}""")).GetProperty("ok").GetBoolean());
            }
        }

        string[][] results = await Task.WhenAll(clients).WaitAsync(ServeFixture.Timeout);
        Assert.All(results.SelectMany(r => r), d => Assert.Contains(d, new[] { "deny", "allow" }));
        Assert.Equal("allow", (await ClientAsync())[0]);
    }

    [Fact]
    public async Task Decide_AutoModeDisabledBySettings_DecidedInDefaultMode()
    {
        string file = CliRunner.TempFile("""{"permissions":{"disableAutoMode":"disable"}}""");
        await using var client = new PipeClient(ServeFixture.Service(args: ["--cwd", "/p", "--home", "/h", "--settings", file]));
        JsonElement response = await client.AskAsync("""{"tool":"Bash","input":{"command":"make deploy"},"mode":"auto"}""");
        Assert.Equal("ask", response.GetProperty("decision").GetString());
        Assert.Equal("none", response.GetProperty("reason").GetProperty("kind").GetString());
    }

    private const string Make = """{"tool":"Bash","input":{"command":"make all"}}""";
}
