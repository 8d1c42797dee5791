using System.Text.Json;

namespace RuleEngine.Cli.Tests.Serve;

/// <summary>The request/response half every test client of the service shares: NDJSON lines, every wait bounded.</summary>
internal abstract class LineClient
{
    /// <summary>The response stream, read a line at a time.</summary>
    protected abstract TextReader Reader { get; }

    public abstract Task SendAsync(string text);

    /// <summary>The next response line, or null at the end of the stream.</summary>
    public async Task<string?> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(ServeFixture.Timeout);
        return await Reader.ReadLineAsync(timeout.Token);
    }

    public async Task<JsonElement> ReadResponseAsync()
    {
        string? line = await ReadLineAsync();
        Assert.NotNull(line);
        using JsonDocument doc = JsonDocument.Parse(line);
        return doc.RootElement.Clone();
    }

    public async Task<JsonElement> AskAsync(string request)
    {
        await SendAsync(request + "\n");
        return await ReadResponseAsync();
    }
}
