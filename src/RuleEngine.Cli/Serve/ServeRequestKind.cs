namespace RuleEngine.Cli.Serve;

/// <summary>What a request line asks for.</summary>
internal enum ServeRequestKind
{
    /// <summary>A tool call to decide (hook form or short form).</summary>
    Decide,

    /// <summary><c>{"op":"ping"}</c>.</summary>
    Ping,

    /// <summary><c>{"op":"reload"}</c>.</summary>
    Reload,

    /// <summary><c>{"op":"stats"}</c>.</summary>
    Stats,
}
