using System;
using System.Runtime.CompilerServices;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>
/// A key inside longer text, where the text itself names it: a URL's query parameter (<c>?api_key=…</c>,
/// <c>&amp;token=…</c>, Google-style <c>?key=…</c>), a <c>name=value;</c> setting, a JSON property
/// (<c>"apiKey":"…"</c>) or a URL's password (<c>https://svc:…@host/</c>). Judged on the text alone.
/// </summary>
internal sealed class EmbeddedKey
{
    private static readonly char[] Marks = { '=', ':', '@' };

    private EmbeddedKey(int start, int length, string role)
    {
        Start = start;
        Length = length;
        Role = role;
    }

    public int Start { get; }

    public int Length { get; }

    /// <summary>Where in the text the key stands, for the message: never the key itself.</summary>
    public string Role { get; }

    [MethodImpl(HotPath.Optimized)]
    public static EmbeddedKey? Find(string text)
    {
        // Every form needs '=', ':' or '@' around the value: most literals have none and leave at once.
        if (text.IndexOfAny(Marks) < 0)
        {
            return null;
        }

        return InUserInfo(text) ?? AfterEquals(text) ?? InJsonProperty(text);
    }

    /// <summary><c>scheme://user:password@host</c>: the password, when it looks random.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static EmbeddedKey? InUserInfo(string text)
    {
        for (var scheme = text.IndexOf("://", StringComparison.Ordinal); scheme >= 0; scheme = text.IndexOf("://", scheme + 3, StringComparison.Ordinal))
        {
            var start = scheme + 3;
            var end = start;
            while (end < text.Length && text[end] is not ('@' or '/' or '?' or '#' or ' ' or '"'))
            {
                end++;
            }

            var colon = text.IndexOf(':', start, end - start);
            if (end < text.Length && text[end] == '@' && colon > start)
            {
                var password = text.Substring(colon + 1, end - colon - 1);
                if (IsRandomKey(password))
                {
                    return new EmbeddedKey(colon + 1, password.Length, "as the password of a URL");
                }
            }
        }

        return null;
    }

    /// <summary><c>name=value</c> after <c>?</c>, <c>&amp;</c>, <c>;</c>, a space or the start, with a key name.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static EmbeddedKey? AfterEquals(string text)
    {
        for (var equals = text.IndexOf('='); equals > 0; equals = text.IndexOf('=', equals + 1))
        {
            var nameStart = equals;
            while (nameStart > 0 && IsNameChar(text[nameStart - 1]))
            {
                nameStart--;
            }

            if (nameStart == equals || (nameStart > 0 && text[nameStart - 1] is not ('?' or '&' or ';' or ' ' or '#' or ',')))
            {
                continue;
            }

            var name = text.Substring(nameStart, equals - nameStart);
            var end = equals + 1;
            while (end < text.Length && text[end] is not ('&' or ';' or ' ' or '#' or '"' or ','))
            {
                end++;
            }

            var value = text.Substring(equals + 1, end - equals - 1);
            if (IsQueryKeyName(name, text, nameStart) && IsRandomKey(value))
            {
                return new EmbeddedKey(equals + 1, value.Length, $"in the text's '{name}' parameter");
            }
        }

        return null;
    }

    /// <summary><c>"apiKey": "…"</c> in JSON written out as text.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static EmbeddedKey? InJsonProperty(string text)
    {
        for (var colon = text.IndexOf(':'); colon > 0; colon = text.IndexOf(':', colon + 1))
        {
            var nameEnd = colon - 1;
            while (nameEnd >= 0 && text[nameEnd] == ' ')
            {
                nameEnd--;
            }

            if (nameEnd < 1 || text[nameEnd] != '"')
            {
                continue;
            }

            var nameStart = text.LastIndexOf('"', nameEnd - 1);
            var valueStart = colon + 1;
            while (valueStart < text.Length && text[valueStart] == ' ')
            {
                valueStart++;
            }

            var valueEnd = valueStart < text.Length && text[valueStart] == '"' ? text.IndexOf('"', valueStart + 1) : -1;
            if (nameStart < 0 || valueEnd < 0)
            {
                continue;
            }

            var name = text.Substring(nameStart + 1, nameEnd - nameStart - 1);
            var value = text.Substring(valueStart + 1, valueEnd - valueStart - 1);
            if (NameWords.IsKeyName(name) && IsRandomKey(value))
            {
                return new EmbeddedKey(valueStart + 1, value.Length, $"in the text's '{name}' property");
            }
        }

        return null;
    }

    /// <summary>A key name; in a URL's query also the bare <c>key</c> and <c>token</c> of many web APIs.</summary>
    private static bool IsQueryKeyName(string name, string text, int nameStart) =>
        NameWords.IsKeyName(name)
        || (nameStart > 0 && text[nameStart - 1] is '?' or '&' && string.Equals(name, "key", StringComparison.OrdinalIgnoreCase));

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';

    private static bool IsRandomKey(string value) =>
        !Placeholders.IsPlaceholder(value) && (Randomness.LooksRandom(value) || KeyShape.IsJsonWebToken(value));
}
