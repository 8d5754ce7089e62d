using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Catalog;

/// <summary>
/// A small JSON reader that accepts comments and trailing commas, as editors allow in config files.
/// The compiler host can't load System.Text.Json everywhere, so the catalog is read with this instead.
/// It stops at the first syntax error and never throws.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 64;
    private readonly string text;
    private int position;
    private int depth;

    private JsonReader(string text) => this.text = text;

    public static JsonParseResult Parse(string text)
    {
        var reader = new JsonReader(text);
        try
        {
            var root = reader.ReadValue();
            reader.SkipTrivia();
            if (reader.position < text.Length)
            {
                throw reader.Error("Unexpected text after the end of the JSON document");
            }

            return new JsonParseResult(root, null);
        }
        catch (JsonSyntaxException error)
        {
            return new JsonParseResult(null, error.Problem);
        }
    }

    private JsonNode ReadValue()
    {
        SkipTrivia();
        if (position >= text.Length)
        {
            throw Error("Unexpected end of file; a JSON value was expected");
        }

        return text[position] switch
        {
            '{' => Nested(ReadObject),
            '[' => Nested(ReadArray),
            '"' => ReadString(),
            _ => ReadLiteral(),
        };
    }

    private JsonNode Nested(System.Func<JsonNode> read)
    {
        if (++depth > MaxDepth)
        {
            throw Error("The JSON is nested too deeply");
        }

        var node = read();
        depth--;
        return node;
    }

    private JsonObject ReadObject()
    {
        var start = position++;
        var properties = ImmutableArray.CreateBuilder<JsonProperty>();
        while (true)
        {
            SkipTrivia();
            if (TryConsume('}'))
            {
                return new JsonObject(TextSpan.FromBounds(start, position), properties.ToImmutable());
            }

            if (position >= text.Length || text[position] != '"')
            {
                throw Error(position >= text.Length ? "Unexpected end of file; '}' was expected" : "A property name in double quotes was expected");
            }

            var name = ReadString();
            SkipTrivia();
            if (!TryConsume(':'))
            {
                throw Error("':' was expected after the property name");
            }

            properties.Add(new JsonProperty(name.Value, name.Span, ReadValue()));
            if (!ContinuesAfterItem('}'))
            {
                return new JsonObject(TextSpan.FromBounds(start, position), properties.ToImmutable());
            }
        }
    }

    private JsonArray ReadArray()
    {
        var start = position++;
        var items = ImmutableArray.CreateBuilder<JsonNode>();
        while (true)
        {
            SkipTrivia();
            if (TryConsume(']'))
            {
                return new JsonArray(TextSpan.FromBounds(start, position), items.ToImmutable());
            }

            items.Add(ReadValue());
            if (!ContinuesAfterItem(']'))
            {
                return new JsonArray(TextSpan.FromBounds(start, position), items.ToImmutable());
            }
        }
    }

    // After an item: true when a ',' says more follow, false when the container closed.
    private bool ContinuesAfterItem(char close)
    {
        SkipTrivia();
        if (TryConsume(','))
        {
            return true;
        }

        if (TryConsume(close))
        {
            return false;
        }

        throw Error(position >= text.Length ? $"Unexpected end of file; '{close}' was expected" : $"',' or '{close}' was expected");
    }

    private JsonString ReadString()
    {
        var start = position++;
        var value = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '"')
            {
                return new JsonString(TextSpan.FromBounds(start, position), value.ToString());
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            value.Append(c == '\\' ? ReadEscape() : c);
        }

        position = start;
        throw Error("The string is not closed with '\"' on its line");
    }

    private char ReadEscape()
    {
        if (position >= text.Length)
        {
            throw Error("Unexpected end of file in an escape sequence");
        }

        var c = text[position++];
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u' when position + 4 <= text.Length
                && ushort.TryParse(text.Substring(position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                position += 4;
                return (char)code;
            default:
                position--;
                throw Error($"'\\{c}' is not a valid escape sequence");
        }
    }

    private JsonLiteral ReadLiteral()
    {
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '-' or '+' or '.'))
        {
            position++;
        }

        var literal = text.Substring(start, position - start);
        if (literal is "true" or "false" or "null" || IsNumber(literal))
        {
            return new JsonLiteral(TextSpan.FromBounds(start, position), literal);
        }

        position = start;
        throw Error(literal.Length == 0 ? $"Unexpected character '{text[start]}'" : $"'{literal}' is not a JSON value; strings need double quotes");
    }

    private static bool IsNumber(string literal) =>
        literal.Length > 0
        && (char.IsDigit(literal[0]) || literal[0] == '-')
        && double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private bool TryConsume(char expected)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return true;
        }

        return false;
    }

    private void SkipTrivia()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                position++;
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
            {
                while (position < text.Length && text[position] != '\n')
                {
                    position++;
                }
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
            {
                var end = text.IndexOf("*/", position + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Error("The comment is not closed with '*/'");
                }

                position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private JsonSyntaxException Error(string message) =>
        new(new JsonSyntaxProblem(message, new TextSpan(System.Math.Min(position, text.Length), position < text.Length ? 1 : 0)));

    private sealed class JsonSyntaxException(JsonSyntaxProblem problem) : System.Exception(problem.Message)
    {
        public JsonSyntaxProblem Problem { get; } = problem;
    }
}

internal sealed record JsonSyntaxProblem(string Message, TextSpan Span);

internal sealed record JsonParseResult(JsonNode? Root, JsonSyntaxProblem? Problem);
