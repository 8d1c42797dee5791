namespace RuleEngine.Settings.Json;

/// <summary>Thrown by <see cref="PositionedJsonParser"/> for malformed input; caught by the loader and turned into a diagnostic.</summary>
internal sealed class JsonParseException(string message, int offset, bool tooDeep = false) : Exception(message)
{
    /// <summary>The character offset of the problem.</summary>
    public int Offset { get; } = offset;

    /// <summary>True when the nesting limit was exceeded.</summary>
    public bool TooDeep { get; } = tooDeep;
}
