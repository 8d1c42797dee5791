using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace RuleEngine.Cli.Tests.Serve;

/// <summary>A line-oriented client of a listening service; every wait is bounded.</summary>
internal sealed class SocketClient : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly StreamReader _reader;

    private SocketClient(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader = new StreamReader(_stream, Encoding.UTF8);
    }

    public static async Task<SocketClient> ConnectAsync(EndPoint endPoint)
    {
        var socket = endPoint is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(ServeFixture.Timeout);
        await socket.ConnectAsync(endPoint, timeout.Token);
        return new SocketClient(socket);
    }

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(ServeFixture.Timeout);
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(text), timeout.Token);
    }

    public async Task<string?> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(ServeFixture.Timeout);
        return await _reader.ReadLineAsync(timeout.Token);
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

    public void CloseOutput() => _socket.Shutdown(SocketShutdown.Send);

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _stream.Dispose();
        return ValueTask.CompletedTask;
    }
}
