using RuleEngine.Syntax;

namespace RuleEngine.Diagnostics;

/// <summary>
/// Where a diagnostic points. <see cref="Span"/> is 0-based in the file (or in the rule text when
/// <see cref="Path"/> is null); <see cref="Line"/> and <see cref="Column"/> are 0-based and shown 1-based.
/// </summary>
/// <param name="Path">The file, or null for a location inside a free-standing rule string.</param>
/// <param name="Span">Character span in the file (or rule text).</param>
/// <param name="Line">0-based line of the span start, or -1 when unknown.</param>
/// <param name="Column">0-based column (in UTF-16 code units) of the span start, or -1 when unknown.</param>
public sealed record Location(string? Path, TextSpan Span, int Line, int Column)
{
    /// <summary>A location with no file and no position.</summary>
    public static readonly Location None = new(null, default, -1, -1);

    /// <summary>A location inside a free-standing rule string (line 0, column = span start).</summary>
    public static Location InRule(TextSpan span) => new(null, span, 0, span.Start);

    /// <summary>A location naming only a file.</summary>
    public static Location InFile(string path) => new(path, default, -1, -1);

    /// <summary>True when a line and column are known.</summary>
    public bool HasPosition => Line >= 0 && Column >= 0;

    /// <summary><c>file(line,col)</c> with 1-based numbers, or just the file.</summary>
    public override string ToString()
    {
        string file = Path ?? "<rule>";
        return HasPosition ? $"{file}({Line + 1},{Column + 1})" : file;
    }
}
