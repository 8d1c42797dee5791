using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RuleEngine.Cli.Tests.Serve;

/// <summary>A line-oriented client of a listening service; every wait is bounded.</summary>
internal sealed class SocketClient : LineClient, IAsyncDisposable
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

    protected override TextReader Reader => _reader;

    public static async Task<SocketClient> ConnectAsync(EndPoint endPoint)
    {
        var socket = endPoint is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(ServeFixture.Timeout);
        await socket.ConnectAsync(endPoint, timeout.Token);
        return new SocketClient(socket);
    }

    public override async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(ServeFixture.Timeout);
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(text), timeout.Token);
    }

    public void CloseOutput() => _socket.Shutdown(SocketShutdown.Send);

    public ValueTask DisposeAsync()
    {
        Reader.Dispose();
        _stream.Dispose();
        return ValueTask.CompletedTask;
    }
}
