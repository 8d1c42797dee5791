using RuleEngine.Diagnostics;

namespace RuleEngine.Cli.Output;

/// <summary>
/// File texts for renderers, fetched once per path through a caller-supplied function, with line
/// lookup. Lines end at <c>\n</c>; a <c>\r</c> before it is not part of the line.
/// </summary>
internal sealed class SourceFiles
{
    private readonly Func<string, string?> _getText;
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);

    public SourceFiles(Func<string, string?>? getText)
    {
        _getText = getText ?? (static _ => null);
    }

    /// <summary>The text of <paramref name="path"/>, or null when unavailable.</summary>
    public string? GetText(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (!_texts.TryGetValue(path, out string? text))
        {
            text = _getText(path);
            _texts[path] = text;
        }

        return text;
    }

    /// <summary>The 0-based <paramref name="line"/> of <paramref name="text"/> without its line break, or null past the end.</summary>
    public static string? GetLine(string text, int line)
    {
        int start = 0;
        for (int i = 0; i < line; i++)
        {
            int nl = text.IndexOf('\n', start);
            if (nl < 0)
            {
                return null;
            }

            start = nl + 1;
        }

        int end = text.IndexOf('\n', start);
        if (end < 0)
        {
            end = text.Length;
        }

        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>
    /// The 0-based end line and exclusive end column of <paramref name="location"/>. Uses the file text
    /// when its offsets agree with the location's line and column; otherwise assumes a one-line span.
    /// </summary>
    public (int Line, int Column) GetEnd(Location location)
    {
        string? text = GetText(location.Path);
        if (text is not null && location.Span.End <= text.Length && location.Span.Start >= 0)
        {
            (int startLine, int startColumn) = PositionOf(text, location.Span.Start);
            if (startLine == location.Line && startColumn == location.Column)
            {
                return PositionOf(text, location.Span.End);
            }
        }

        return (location.Line, location.Column + location.Span.Length);
    }

    private static (int Line, int Column) PositionOf(string text, int offset)
    {
        int line = 0;
        int lineStart = 0;
        for (int i = text.IndexOf('\n'); i >= 0 && i < offset; i = text.IndexOf('\n', i + 1))
        {
            line++;
            lineStart = i + 1;
        }

        return (line, offset - lineStart);
    }
}
