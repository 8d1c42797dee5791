using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RuleEngine.Tests.AutoMode;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (port chosen by the OS) that records each request and answers
/// with what the test's handler returns. One request per connection.
/// </summary>
internal sealed class FakeModelServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<RecordedRequest, Task<(int Status, string Body)>> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeModelServer(Func<RecordedRequest, Task<(int Status, string Body)>> handler)
    {
        _handler = handler;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static FakeModelServer Answering(string modelText, int status = 200) =>
        new(_ => Task.FromResult((status, MessagesResponse(modelText))));

    public static string MessagesResponse(string text) =>
        "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":" +
        System.Text.Json.JsonSerializer.Serialize(text) + "}],\"stop_reason\":\"end_turn\"}";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                RecordedRequest request = await ReadRequest(stream);
                Requests.Enqueue(request);
                (int status, string body) = await _handler(request);
                byte[] payload = Encoding.UTF8.GetBytes(body);
                string head = $"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {payload.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                await stream.WriteAsync(payload, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }
        }
    }

    private static async Task<RecordedRequest> ReadRequest(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        int headerEnd = -1;
        while (headerEnd < 0)
        {
            int n = await stream.ReadAsync(chunk);
            if (n == 0)
            {
                throw new IOException("connection closed before headers");
            }

            buffer.AddRange(chunk.AsSpan(0, n).ToArray());
            headerEnd = IndexOf(buffer, "\r\n\r\n"u8.ToArray());
        }

        string head = Encoding.ASCII.GetString(buffer.GetRange(0, headerEnd).ToArray());
        string[] lines = head.Split("\r\n");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines.Skip(1))
        {
            int colon = line.IndexOf(':');
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        int length = headers.TryGetValue("Content-Length", out string? cl) ? int.Parse(cl) : 0;
        int bodyStart = headerEnd + 4;
        while (buffer.Count - bodyStart < length)
        {
            int n = await stream.ReadAsync(chunk);
            if (n == 0)
            {
                break;
            }

            buffer.AddRange(chunk.AsSpan(0, n).ToArray());
        }

        string body = Encoding.UTF8.GetString(buffer.GetRange(bodyStart, Math.Min(length, buffer.Count - bodyStart)).ToArray());
        string[] requestLine = lines[0].Split(' ');
        return new RecordedRequest(requestLine[0], requestLine[1], headers, body);
    }

    private static int IndexOf(List<byte> haystack, byte[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Count; i++)
        {
            bool match = true;
            for (int j = 0; j < needle.Length && match; j++)
            {
                match = haystack[i + j] == needle[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
