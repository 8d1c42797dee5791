using System.Text;
using System.Text.Json;

namespace RuleEngine.Cli.Tests.Serve;

public class ServeFramingTests
{
    private const string GitStatus = """{"tool":"Bash","input":{"command":"git status"}}""";

    [Fact]
    public async Task Serve_ManyRequestsInOneWrite_AnsweredInOrder()
    {
        await using var client = new PipeClient(ServeFixture.Service());
        var batch = new StringBuilder();
        for (int i = 0; i < 200; i++)
        {
            string command = i % 3 == 0 ? "rm -rf x" : i % 3 == 1 ? "npm test" : "make";
            batch.Append($$$"""{"id":{{{i}}},"tool":"Bash","input":{"command":"{{{command}}}"}}""").Append('\n');
        }

        await client.SendAsync(batch.ToString());
        for (int i = 0; i < 200; i++)
        {
            JsonElement response = await client.ReadResponseAsync();
            Assert.Equal(i, response.GetProperty("id").GetInt32());
            Assert.Equal(i % 3 == 0 ? "deny" : i % 3 == 1 ? "allow" : "ask", response.GetProperty("decision").GetString());
        }
    }

    [Fact]
    public async Task Serve_RequestSplitByteByByte_AnsweredOnceWhenComplete()
    {
        await using var client = new PipeClient(ServeFixture.Service());
        byte[] bytes = Encoding.UTF8.GetBytes("""{"id":"é","tool":"Bash","input":{"command":"echo ünïcode && rm -rf /tmp/x"}}""" + "\n" + GitStatus + "\n");
        foreach (byte b in bytes)
        {
            await client.SendAsync([b]);
        }

        JsonElement first = await client.ReadResponseAsync();
        JsonElement second = await client.ReadResponseAsync();
        Assert.Equal("é", first.GetProperty("id").GetString());
        Assert.Equal("deny", first.GetProperty("decision").GetString());
        Assert.Equal("allow", second.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Serve_CrLfAndBlankLines_BlankIgnoredCrLfAccepted()
    {
        await using var client = new PipeClient(ServeFixture.Service());
        await client.SendAsync("\n   \r\n" + """{"id":1,"op":"ping"}""" + "\r\n\n");
        JsonElement response = await client.ReadResponseAsync();
        Assert.Equal(1, response.GetProperty("id").GetInt32());
        Assert.True(response.GetProperty("ok").GetBoolean());
        await client.CompleteAsync();
        Assert.Null(await client.ReadLineAsync());
    }

    [Fact]
    public async Task Serve_LastLineWithoutNewline_AnsweredAtEndOfInput()
    {
        await using var client = new PipeClient(ServeFixture.Service());
        await client.SendAsync(GitStatus);
        await client.CompleteAsync();
        Assert.Equal("allow", (await client.ReadResponseAsync()).GetProperty("decision").GetString());
        Assert.Null(await client.ReadLineAsync());
        await client.Server.WaitAsync(ServeFixture.Timeout);
    }

    [Theory]
    [InlineData("not json", "request is not valid JSON")]
    [InlineData("{\"tool\":\"Bash\"", "request is not valid JSON")]
    [InlineData("[1,2]", "a request must be a JSON object, got an array")]
    [InlineData("{}", "a request needs `tool_name` and `tool_input`")]
    [InlineData("{\"id\":3,\"tool\":5}", "`tool` must be a non-empty string")]
    [InlineData("{\"id\":3,\"tool\":\"Bash\",\"input\":[\"ls\"]}", "`input` must be a JSON object, got an array")]
    [InlineData("{\"tool_name\":\"Bash\"}", "hook object has no `tool_input` object")]
    [InlineData("{\"tool_name\":\"Bash\",\"tool_input\":{},\"tool\":\"Bash\"}", "not both")]
    [InlineData("{\"tool_name\":\"Bash\",\"tool_input\":{},\"hook_event_name\":\"PostToolUse\"}", "only PreToolUse hook objects are decided")]
    [InlineData("{\"tool\":\"Bash\",\"input\":{},\"cwd\":\"relative/dir\"}", "`cwd` must be an absolute path")]
    [InlineData("{\"tool\":\"Bash\",\"input\":{},\"cwd\":7}", "`cwd` must be a string, got a number")]
    [InlineData("{\"tool\":\"Bash\",\"input\":{},\"mode\":\"yolo\"}", "unknown `mode` `yolo`")]
    [InlineData("{\"tool_name\":\"Bash\",\"tool_input\":{},\"permission_mode\":\"yolo\"}", "unknown `permission_mode` `yolo`")]
    [InlineData("{\"op\":\"shutdown\"}", "unknown op `shutdown` (use ping, reload or stats)")]
    [InlineData("{\"op\":1}", "`op` must be a string")]
    public async Task Serve_MalformedLine_ErrorThenConnectionContinues(string line, string message)
    {
        await using var client = new PipeClient(ServeFixture.Service());
        JsonElement error = await client.AskAsync(line);
        Assert.Contains(message, error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(error.TryGetProperty("decision", out _));
        if (line.Contains("\"id\":3", StringComparison.Ordinal))
        {
            Assert.Equal(3, error.GetProperty("id").GetInt32());
        }

        Assert.Equal("allow", (await client.AskAsync(GitStatus)).GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Serve_MutatedRequests_EveryLineAnsweredWithADecisionOrAnError()
    {
        // Deterministic mutations of valid requests: bytes replaced by JSON punctuation, quotes,
        // non-ASCII and control bytes. Each line must get exactly one well-formed response.
        var random = new Random(20261121);
        byte[][] seeds =
        [
            Encoding.UTF8.GetBytes("""{"id":1,"tool_name":"Bash","tool_input":{"command":"npm test && rm -rf x"},"cwd":"/home/alice/proj","permission_mode":"acceptEdits"}"""),
            Encoding.UTF8.GetBytes("""{"id":[1,{"a":null}],"tool":"Read","input":{"file_path":"/home/alice/proj/.env"},"mode":"auto"}"""),
            Encoding.UTF8.GetBytes("""{"op":"stats","id":"x"}"""),
        ];
        byte[] alphabet = Encoding.UTF8.GetBytes("{}[]\":,\\ 0-eé\t\u0001");
        var batch = new List<byte>();
        int lines = 0;
        for (int i = 0; i < 300; i++)
        {
            byte[] line = (byte[])seeds[i % seeds.Length].Clone();
            for (int m = random.Next(1, 4); m > 0; m--)
            {
                line[random.Next(line.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            batch.AddRange(line);
            batch.Add((byte)'\n');
            lines++;
        }

        await using var client = new PipeClient(ServeFixture.Service());
        await client.SendAsync([.. batch]);
        for (int i = 0; i < lines; i++)
        {
            JsonElement response = await client.ReadResponseAsync();
            bool answered = response.TryGetProperty("decision", out _) || response.TryGetProperty("error", out _) || response.TryGetProperty("ok", out _);
            Assert.True(answered, response.GetRawText());
            if (response.TryGetProperty("error", out JsonElement error))
            {
                Assert.DoesNotContain("RE9001", error.GetString(), StringComparison.Ordinal);
            }
        }

        Assert.Equal("allow", (await client.AskAsync(GitStatus)).GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Serve_DeeplyNestedInput_ErrorNotCrash()
    {
        await using var client = new PipeClient(ServeFixture.Service());
        string nested = new string('[', 5000) + new string(']', 5000);
        JsonElement error = await client.AskAsync($$$"""{"tool":"Bash","input":{"x":{{{nested}}}}}""");
        Assert.Contains("not valid JSON", error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("allow", (await client.AskAsync(GitStatus)).GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Serve_OversizeLine_AnsweredBeforeItEndsAndSkipped()
    {
        await using var client = new PipeClient(ServeFixture.Service(maxRequestBytes: 256));
        string head = """{"id":1,"tool":"Bash","input":{"command":"echo """;
        await client.SendAsync(head + new string('a', 300));

        // The error comes while the line is still arriving: the service did not wait for (or keep) all of it.
        JsonElement error = await client.ReadResponseAsync();
        Assert.Equal("request line is longer than 256 bytes (--max-request-bytes); skipped", error.GetProperty("error").GetString());
        Assert.False(error.TryGetProperty("id", out _));

        byte[] chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        for (int i = 0; i < 32; i++)
        {
            await client.SendAsync(chunk);
        }

        await client.SendAsync("\"}}\n" + GitStatus + "\n");
        Assert.Equal("allow", (await client.ReadResponseAsync()).GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Serve_OversizeLineInsideABatch_OnlyThatLineRejected()
    {
        await using var client = new PipeClient(ServeFixture.Service(maxRequestBytes: 256));
        string big = $$$"""{"id":2,"tool":"Bash","input":{"command":"{{{new string('x', 400)}}}"}}""";
        await client.SendAsync($"{GitStatus}\n{big}\n{GitStatus}\n");
        Assert.Equal("allow", (await client.ReadResponseAsync()).GetProperty("decision").GetString());
        Assert.Contains("longer than 256 bytes", (await client.ReadResponseAsync()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("allow", (await client.ReadResponseAsync()).GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Serve_LineExactlyAtLimit_Accepted()
    {
        int limit = Encoding.UTF8.GetByteCount(GitStatus);
        await using var client = new PipeClient(ServeFixture.Service(maxRequestBytes: limit));
        Assert.Equal("allow", (await client.AskAsync(GitStatus)).GetProperty("decision").GetString());
        Assert.Contains("longer than", (await client.AskAsync(GitStatus + " ")).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_InvalidUtf8_ErrorNotCrash()
    {
        await using var client = new PipeClient(ServeFixture.Service());
        byte[] bad = [.. Encoding.ASCII.GetBytes("{\"tool\":\"Bash\",\"input\":{\"command\":\""), 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("\"}}\n")];
        await client.SendAsync(bad);
        Assert.Equal("request is not valid UTF-8", (await client.ReadResponseAsync()).GetProperty("error").GetString());
        Assert.Equal("allow", (await client.AskAsync(GitStatus)).GetProperty("decision").GetString());
    }
}
