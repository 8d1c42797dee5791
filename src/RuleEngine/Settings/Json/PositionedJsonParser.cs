using System.Globalization;
using System.Text;
using RuleEngine.Syntax;

namespace RuleEngine.Settings.Json;

/// <summary>
/// A strict RFC 8259 JSON parser over decoded text that records the span of every value and, for strings,
/// the file offset of every decoded character. Linear time; nesting is bounded by <see cref="MaxDepth"/>
/// so deeply nested input is an error, never a stack overflow.
/// </summary>
internal sealed class PositionedJsonParser
{
    /// <summary>The maximum nesting of arrays and objects.</summary>
    public const int MaxDepth = 128;

    private readonly string _text;
    private int _pos;

    private PositionedJsonParser(string text) => _text = text;

    /// <summary>Parses one JSON document; throws <see cref="JsonParseException"/> with an offset on error.</summary>
    public static JsonNode Parse(string text)
    {
        var parser = new PositionedJsonParser(text);
        parser.SkipWhitespace();
        if (parser._pos >= text.Length)
        {
            throw new JsonParseException("the file contains no JSON value", 0);
        }

        JsonNode root = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (parser._pos < text.Length)
        {
            throw new JsonParseException($"unexpected {parser.Describe(parser._pos)} after the JSON value", parser._pos);
        }

        return root;
    }

    private JsonNode ParseValue(int depth)
    {
        if (_pos >= _text.Length)
        {
            throw new JsonParseException("unexpected end of file, expected a value", _pos);
        }

        char c = _text[_pos];
        switch (c)
        {
            case '{': return ParseObject(depth + 1);
            case '[': return ParseArray(depth + 1);
            case '"': return ParseString();
            case 't': return ParseLiteral("true", s => new JsonBoolNode(s, true));
            case 'f': return ParseLiteral("false", s => new JsonBoolNode(s, false));
            case 'n': return ParseLiteral("null", s => new JsonNullNode(s));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                throw new JsonParseException($"unexpected {Describe(_pos)}, expected a value", _pos);
        }
    }

    private JsonObjectNode ParseObject(int depth)
    {
        CheckDepth(depth);
        int start = _pos++;
        var props = new List<JsonPropertyNode>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            return new JsonObjectNode(TextSpan.FromBounds(start, _pos), props);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw new JsonParseException($"unexpected {Describe(_pos)}, expected a property name in double quotes", _pos);
            }

            JsonStringNode name = ParseString();
            SkipWhitespace();
            Expect(':', "expected `:` after the property name");
            SkipWhitespace();
            JsonNode value = ParseValue(depth);
            props.Add(new JsonPropertyNode(name.Value, name, value));
            SkipWhitespace();
            char c = Peek();
            if (c == ',')
            {
                _pos++;
                SkipWhitespace();
                if (Peek() == '}')
                {
                    throw new JsonParseException("trailing comma before `}`", _pos);
                }

                continue;
            }

            if (c == '}')
            {
                _pos++;
                return new JsonObjectNode(TextSpan.FromBounds(start, _pos), props);
            }

            throw new JsonParseException($"unexpected {Describe(_pos)}, expected `,` or `}}`", _pos);
        }
    }

    private JsonArrayNode ParseArray(int depth)
    {
        CheckDepth(depth);
        int start = _pos++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            return new JsonArrayNode(TextSpan.FromBounds(start, _pos), items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ParseValue(depth));
            SkipWhitespace();
            char c = Peek();
            if (c == ',')
            {
                _pos++;
                SkipWhitespace();
                if (Peek() == ']')
                {
                    throw new JsonParseException("trailing comma before `]`", _pos);
                }

                continue;
            }

            if (c == ']')
            {
                _pos++;
                return new JsonArrayNode(TextSpan.FromBounds(start, _pos), items);
            }

            throw new JsonParseException($"unexpected {Describe(_pos)}, expected `,` or `]`", _pos);
        }
    }

    private JsonStringNode ParseString()
    {
        int start = _pos++;
        int contentStart = _pos;

        // Fast path: no escapes.
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '"')
            {
                string value = _text.Substring(contentStart, _pos - contentStart);
                _pos++;
                return new JsonStringNode(TextSpan.FromBounds(start, _pos), value, null);
            }

            if (c == '\\')
            {
                break;
            }

            if (c < 0x20)
            {
                throw new JsonParseException("control character inside a string; escape it (e.g. `\\n`, `\\t`)", _pos);
            }

            _pos++;
        }

        var sb = new StringBuilder();
        var offsets = new List<int>();
        for (int i = contentStart; i < _pos; i++)
        {
            sb.Append(_text[i]);
            offsets.Add(i);
        }

        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new JsonParseException("unterminated string", start);
            }

            char c = _text[_pos];
            if (c == '"')
            {
                offsets.Add(_pos);
                _pos++;
                return new JsonStringNode(TextSpan.FromBounds(start, _pos), sb.ToString(), offsets.ToArray());
            }

            if (c < 0x20)
            {
                throw new JsonParseException("control character inside a string; escape it (e.g. `\\n`, `\\t`)", _pos);
            }

            if (c != '\\')
            {
                sb.Append(c);
                offsets.Add(_pos);
                _pos++;
                continue;
            }

            int escStart = _pos;
            if (_pos + 1 >= _text.Length)
            {
                throw new JsonParseException("unterminated escape sequence", _pos);
            }

            char e = _text[_pos + 1];
            _pos += 2;
            char decoded;
            switch (e)
            {
                case '"': decoded = '"'; break;
                case '\\': decoded = '\\'; break;
                case '/': decoded = '/'; break;
                case 'b': decoded = '\b'; break;
                case 'f': decoded = '\f'; break;
                case 'n': decoded = '\n'; break;
                case 'r': decoded = '\r'; break;
                case 't': decoded = '\t'; break;
                case 'u':
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                    {
                        throw new JsonParseException("invalid `\\u` escape: expected four hex digits", escStart);
                    }

                    _pos += 4;
                    decoded = (char)code;
                    break;
                default:
                    throw new JsonParseException($"invalid escape `\\{e}` in a string", escStart);
            }

            sb.Append(decoded);
            offsets.Add(escStart);
        }
    }

    private JsonNumberNode ParseNumber()
    {
        int start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        if (Peek() == '0')
        {
            _pos++;
        }
        else if (IsDigit(Peek()))
        {
            while (IsDigit(Peek()))
            {
                _pos++;
            }
        }
        else
        {
            throw new JsonParseException("invalid number", start);
        }

        if (Peek() == '.')
        {
            _pos++;
            if (!IsDigit(Peek()))
            {
                throw new JsonParseException("invalid number: expected digits after `.`", _pos);
            }

            while (IsDigit(Peek()))
            {
                _pos++;
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (!IsDigit(Peek()))
            {
                throw new JsonParseException("invalid number: expected exponent digits", _pos);
            }

            while (IsDigit(Peek()))
            {
                _pos++;
            }
        }

        return new JsonNumberNode(TextSpan.FromBounds(start, _pos), _text[start.._pos]);
    }

    private JsonNode ParseLiteral(string literal, Func<TextSpan, JsonNode> make)
    {
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
        {
            throw new JsonParseException($"unexpected {Describe(_pos)}, expected a value", _pos);
        }

        int start = _pos;
        _pos += literal.Length;
        return make(TextSpan.FromBounds(start, _pos));
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new JsonParseException($"JSON is nested more than {MaxDepth} levels deep", _pos, tooDeep: true);
        }
    }

    private void Expect(char c, string message)
    {
        if (Peek() != c)
        {
            throw new JsonParseException($"unexpected {Describe(_pos)}, {message}", _pos);
        }

        _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private string Describe(int pos)
    {
        if (pos >= _text.Length)
        {
            return "end of file";
        }

        char c = _text[pos];
        return c switch
        {
            '\n' => "line break",
            '\t' => "tab",
            _ when char.IsControl(c) => $"control character U+{(int)c:X4}",
            '/' when pos + 1 < _text.Length && _text[pos + 1] is '/' or '*' => "comment (JSON has no comments)",
            _ => $"`{c}`",
        };
    }
}
