using System.Text.Json;

namespace RuleEngine.Cli.Serve;

/// <summary>A request line that cannot be answered; the message goes back to the client as <c>error</c>.</summary>
internal sealed class ServeRequestException : Exception
{
    public ServeRequestException(string message, JsonElement? id = null)
        : base(message)
    {
        Id = id;
    }

    public ServeRequestException()
    {
    }

    public ServeRequestException(string message)
        : base(message)
    {
    }

    public ServeRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The request's <c>id</c>, when the line got far enough to have one.</summary>
    public JsonElement? Id { get; }
}
