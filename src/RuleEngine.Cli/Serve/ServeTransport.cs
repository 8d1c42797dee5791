namespace RuleEngine.Cli.Serve;

/// <summary>Where <c>rulec serve</c> takes its requests from.</summary>
internal enum ServeTransport
{
    /// <summary>One session on stdin/stdout until stdin closes.</summary>
    Stdio,

    /// <summary>A Unix domain socket; one session per connection.</summary>
    UnixSocket,

    /// <summary>A loopback TCP port; one session per connection.</summary>
    Tcp,
}
