namespace RuleEngine.Cli.Output;

/// <summary>Parsing of <see cref="OutputFormat"/> names as written on the command line.</summary>
internal static class OutputFormats
{
    /// <summary>Parses <c>human</c>, <c>json</c> or <c>sarif</c> (case-sensitive); false otherwise.</summary>
    public static bool TryParse(string name, out OutputFormat format)
    {
        switch (name)
        {
            case "human": format = OutputFormat.Human; return true;
            case "json": format = OutputFormat.Json; return true;
            case "sarif": format = OutputFormat.Sarif; return true;
            default: format = default; return false;
        }
    }
}
