using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace RuleEngine.Cli.Serve;

/// <summary>
/// The listening side of the socket transports: a Unix domain socket (file mode 0600) or a loopback TCP
/// port. Every accepted connection is its own session and task. On stop it stops accepting, lets the
/// connections answer what they already received, and removes the socket file.
/// </summary>
internal sealed class SocketServer : IDisposable
{
    private readonly Socket _listener;
    private readonly string? _socketPath;
    private readonly ConcurrentDictionary<int, Task> _connections = new();
    private int _nextId;

    private SocketServer(Socket listener, string? socketPath)
    {
        _listener = listener;
        _socketPath = socketPath;
    }

    /// <summary>The bound address (the actual port when bound to port 0).</summary>
    public EndPoint LocalEndPoint => _listener.LocalEndPoint!;

    /// <summary>A human description of where it listens, e.g. <c>tcp 127.0.0.1:7070</c>.</summary>
    public string Description => _socketPath is { } p ? $"unix socket {p}" : $"tcp {LocalEndPoint}";

    /// <summary>Binds a loopback TCP endpoint; anything else is refused.</summary>
    public static SocketServer BindTcp(IPEndPoint endPoint)
    {
        if (!IPAddress.IsLoopback(endPoint.Address))
        {
            throw new UsageException($"refusing to listen on `{endPoint.Address}`: rulec serve binds only loopback addresses");
        }

        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(endPoint);
            socket.Listen(128);
            return new SocketServer(socket, null);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw new UsageException($"cannot listen on tcp {endPoint}: {ex.Message}");
        }
    }

    /// <summary>Binds a Unix domain socket at <paramref name="path"/>, replacing a stale socket file nobody listens on.</summary>
    public static SocketServer BindUnix(string path)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            // .NET cannot tell a socket file from other files; a socket file is empty, so anything with
            // content (or a directory) is certainly not one and is never replaced.
            if (Directory.Exists(path) || new FileInfo(path).Length != 0)
            {
                throw new UsageException($"`{path}` exists and is not a socket; refusing to replace it");
            }

            if (SomeoneListens(path))
            {
                throw new UsageException($"another service is already listening on `{path}`");
            }

            File.Delete(path);
        }

        UnixDomainSocketEndPoint endPoint;
        try
        {
            endPoint = new UnixDomainSocketEndPoint(path);
        }
        catch (ArgumentException)
        {
            throw new UsageException($"socket path `{path}` is too long for a Unix domain socket; choose a shorter path");
        }

        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Bind(endPoint);
            if (!OperatingSystem.IsWindows())
            {
                // Only this user may connect: the service answers anyone who can.
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            socket.Listen(128);
            return new SocketServer(socket, path);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw new UsageException($"cannot listen on unix socket `{path}`: {ex.Message}");
        }
    }

    /// <summary>
    /// Accepts connections until <paramref name="stopping"/> fires, then waits up to
    /// <paramref name="drainTimeout"/> for the open sessions to finish their received requests.
    /// </summary>
    public async Task RunAsync(DecisionService service, CancellationToken stopping, TimeSpan drainTimeout)
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                Socket client;
                try
                {
                    client = await _listener.AcceptAsync(stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                catch (SocketException)
                {
                    // A connection that failed during the handshake; keep accepting.
                    continue;
                }

                int id = Interlocked.Increment(ref _nextId);
                Task session = ServeAsync(service, client, stopping);
                _connections[id] = session;

                // Registered after the add, so a session that already ended is still removed.
                _ = session.ContinueWith(_ => _connections.TryRemove(id, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        finally
        {
            _listener.Close();
            DeleteSocketFile();
        }

        Task all = Task.WhenAll(_connections.Values);
        await Task.WhenAny(all, Task.Delay(drainTimeout, CancellationToken.None)).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _listener.Dispose();
        DeleteSocketFile();
    }

    private static async Task ServeAsync(DecisionService service, Socket client, CancellationToken stopping)
    {
        await Task.Yield();
        try
        {
            using var stream = new NetworkStream(client, ownsSocket: true);
            await service.ServeConnectionAsync(stream, stream, stopping).ConfigureAwait(false);
            client.Shutdown(SocketShutdown.Both);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // The client dropped the connection.
        }
        finally
        {
            client.Dispose();
        }
    }

    private void DeleteSocketFile()
    {
        if (_socketPath is not null && File.Exists(_socketPath) && new FileInfo(_socketPath).Length == 0)
        {
            try
            {
                File.Delete(_socketPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left behind; the next start replaces a stale socket file.
            }
        }
    }

    private static bool SomeoneListens(string path)
    {
        using var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            probe.Connect(new UnixDomainSocketEndPoint(path));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
