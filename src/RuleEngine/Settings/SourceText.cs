using RuleEngine.Diagnostics;
using RuleEngine.Syntax;

namespace RuleEngine.Settings;

/// <summary>The decoded text of a file with a line map, for turning offsets into line/column locations.</summary>
public sealed class SourceText
{
    // Invariant: _lineStarts[0] == 0 and is strictly increasing; entry i is the offset where line i starts.
    private readonly int[] _lineStarts;

    /// <summary>Creates a source text for <paramref name="path"/>.</summary>
    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>The file path as given by the user.</summary>
    public string Path { get; }

    /// <summary>The decoded text.</summary>
    public string Text { get; }

    /// <summary>The number of lines.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 0-based line containing <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        int idx = Array.BinarySearch(_lineStarts, Math.Clamp(offset, 0, Text.Length));
        return idx >= 0 ? idx : ~idx - 1;
    }

    /// <summary>A location for <paramref name="span"/> with 0-based line and column.</summary>
    public Location LocationOf(TextSpan span)
    {
        int line = LineOf(span.Start);
        return new Location(Path, span, line, span.Start - _lineStarts[line]);
    }

    /// <summary>The text of a 0-based line without its line break.</summary>
    public string LineText(int line)
    {
        int start = _lineStarts[line];
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && Text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return Text[start..end];
    }
}
