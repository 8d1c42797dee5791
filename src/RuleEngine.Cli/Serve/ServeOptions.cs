using System.Globalization;
using System.Net;

namespace RuleEngine.Cli.Serve;

/// <summary>
/// The transport options of <c>rulec serve</c>: <c>--stdio</c> (default), <c>--socket PATH</c> or
/// <c>--tcp 127.0.0.1:PORT</c>, and <c>--max-request-bytes N</c>.
/// </summary>
internal sealed record ServeOptions
{
    /// <summary>The default limit on one request line: 1 MiB.</summary>
    public const int DefaultMaxRequestBytes = 1024 * 1024;

    public static readonly string[] Valued = ["--socket", "--tcp", "--max-request-bytes"];

    public static readonly string[] Flags = ["--stdio"];

    public ServeTransport Transport { get; init; } = ServeTransport.Stdio;

    public string? SocketPath { get; init; }

    public IPEndPoint? TcpEndPoint { get; init; }

    public int MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>Reads the transport options; throws <see cref="UsageException"/> on a bad or non-loopback value.</summary>
    public static ServeOptions Read(ArgReader a)
    {
        int given = (a.Flag("--stdio") ? 1 : 0) + (a.Single("--socket") is null ? 0 : 1) + (a.Single("--tcp") is null ? 0 : 1);
        if (given > 1)
        {
            throw new UsageException("give only one of --stdio, --socket PATH and --tcp 127.0.0.1:PORT");
        }

        int max = DefaultMaxRequestBytes;
        if (a.Single("--max-request-bytes") is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max < 2))
        {
            throw new UsageException($"--max-request-bytes must be a whole number of bytes of at least 2, got `{text}`");
        }

        if (a.Single("--socket") is { } path)
        {
            if (path.Length == 0)
            {
                throw new UsageException("--socket needs a file path");
            }

            return new ServeOptions { Transport = ServeTransport.UnixSocket, SocketPath = Path.GetFullPath(path), MaxRequestBytes = max };
        }

        if (a.Single("--tcp") is { } tcp)
        {
            return new ServeOptions { Transport = ServeTransport.Tcp, TcpEndPoint = ParseLoopback(tcp), MaxRequestBytes = max };
        }

        return new ServeOptions { MaxRequestBytes = max };
    }

    /// <summary>
    /// <c>127.0.0.1:PORT</c>, <c>[::1]:PORT</c> or <c>localhost:PORT</c>; anything that is not a loopback
    /// address is refused: the service answers anyone who can connect, so it must never listen on a network.
    /// </summary>
    public static IPEndPoint ParseLoopback(string text)
    {
        string value = text.StartsWith("localhost:", StringComparison.OrdinalIgnoreCase) ? "127.0.0.1" + text["localhost".Length..] : text;
        int colon = value.LastIndexOf(':');
        bool unbracketedIPv6 = !value.StartsWith('[') && value.IndexOf(':') != colon;
        if (colon < 0 || unbracketedIPv6)
        {
            throw new UsageException($"--tcp needs ADDRESS:PORT, e.g. 127.0.0.1:7070 or [::1]:7070, got `{text}`");
        }

        if (!IPEndPoint.TryParse(value, out IPEndPoint? endPoint) || !int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new UsageException($"--tcp needs ADDRESS:PORT with a numeric address and a port 0-65535, e.g. 127.0.0.1:7070, got `{text}`");
        }

        if (!IPAddress.IsLoopback(endPoint.Address))
        {
            throw new UsageException($"refusing to listen on `{endPoint.Address}`: rulec serve binds only loopback addresses (127.0.0.1, ::1, localhost)");
        }

        return endPoint;
    }
}
