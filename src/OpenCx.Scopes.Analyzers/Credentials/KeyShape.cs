using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>
/// Judges a string by its shape alone. A known key prefix or a JWT is a key wherever it stands; any other random-looking
/// token is one only where the place says so (a key name, an Authorization header, an apiKey parameter).
/// </summary>
internal static class KeyShape
{
    public static readonly ImmutableArray<string> OpenCxPrefixes = ImmutableArray.Create("ocx_live_", "ocx_test_");

    private static readonly string[] Schemes = { "Bearer", "Basic", "Token", "ApiKey", "Api-Key", "Key", "Digest", "OAuth" };

    private const int MinimumPrefixedBody = 16;

    /// <summary>
    /// Cheap test run on every string literal before any semantic work: could this ever be reported?
    /// A key has at least <see cref="Randomness.MinimumLength"/> token characters in a row and no letters-only words.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool MightHoldKey(string value)
    {
        if (value.Length < Randomness.MinimumLength)
        {
            return false;
        }

        var run = 0;
        foreach (var c in value)
        {
            run = Randomness.IsTokenChar(c) ? run + 1 : 0;
            if (run >= Randomness.MinimumLength)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    public static KeyEvidence Judge(string value, bool inKeyPlace, CredentialSettings settings)
    {
        if (FindPrefixedKey(value, OpenCxPrefixes) is not null)
        {
            return KeyEvidence.OpenCxPrefix;
        }

        if (FindPrefixedKey(value, settings.ExtraPrefixes) is not null)
        {
            return KeyEvidence.ConfiguredPrefix;
        }

        var token = StripScheme(value.Trim());
        if (FindJsonWebToken(token) is not null)
        {
            return KeyEvidence.JsonWebToken;
        }

        if (inKeyPlace && (IsRandomKey(token) || IsRandomKey(PasswordOf(token))))
        {
            return KeyEvidence.RandomValue;
        }

        return EmbeddedKey.Find(value) is not null ? KeyEvidence.NamedInText : KeyEvidence.None;
    }

    /// <summary>
    /// What <see cref="Judge"/> gives in a place, from its verdict in a key place: only a random value depends on the
    /// place, so a literal is judged once however its place turns out.
    /// </summary>
    public static KeyEvidence InPlace(KeyEvidence inKeyPlaceEvidence, string value, bool inKeyPlace) =>
        inKeyPlaceEvidence != KeyEvidence.RandomValue || inKeyPlace
            ? inKeyPlaceEvidence
            : EmbeddedKey.Find(value) is not null ? KeyEvidence.NamedInText : KeyEvidence.None;

    // Most candidates are words, which the randomness test turns away before the thirty placeholder searches.
    private static bool IsRandomKey(string token) => token.Length > 0 && Randomness.LooksRandom(token) && !Placeholders.IsPlaceholder(token);

    /// <summary><c>user:password</c>, as Basic credentials are written before they are encoded: the password.</summary>
    private static string PasswordOf(string token)
    {
        var colon = token.IndexOf(':');
        return colon > 0 && token.IndexOf(':', colon + 1) < 0 && token.IndexOf(' ') < 0 ? token.Substring(colon + 1) : string.Empty;
    }

    /// <summary>
    /// Where the key sits in a reported value: the prefixed token if there is one, else what is left after a header
    /// name and a scheme. Lets the fix keep <c>Bearer </c>, a URL or JSON around the key.
    /// </summary>
    public static (int Start, int Length) Locate(string value, CredentialSettings settings)
    {
        foreach (var prefixes in new[] { OpenCxPrefixes, settings.ExtraPrefixes })
        {
            if (FindPrefixedKey(value, prefixes) is { } found)
            {
                return found;
            }
        }

        if (FindJsonWebToken(value) is { } token)
        {
            return token;
        }

        var key = StripScheme(HeaderLine.TrySplit(value, settings, out _, out var headerValue) ? headerValue : value.Trim());
        if (!Randomness.LooksRandom(key) && (EmbeddedKey.Find(value) is { } embedded))
        {
            return (embedded.Start, embedded.Length);
        }

        var password = PasswordOf(key);
        if (password.Length > 0 && !Randomness.LooksRandom(key))
        {
            key = password;
        }

        var start = value.LastIndexOf(key, StringComparison.Ordinal);
        return start < 0 ? (0, value.Length) : (start, key.Length);
    }

    /// <summary><c>Bearer abc</c> → <c>abc</c>: the scheme is not part of the key.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static string StripScheme(string value)
    {
        var space = value.IndexOf(' ');
        if (space <= 0)
        {
            return value;
        }

        var scheme = value.Substring(0, space);
        foreach (var known in Schemes)
        {
            if (string.Equals(scheme, known, StringComparison.OrdinalIgnoreCase))
            {
                return value.Substring(space + 1).Trim();
            }
        }

        return value;
    }

    /// <summary>A prefix at the start of a token (so <c>Bearer ocx_live_…</c> and <c>?key=ocx_live_…</c> count) and a random body.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static (int Start, int Length)? FindPrefixedKey(string value, ImmutableArray<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            for (var at = value.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = value.IndexOf(prefix, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetterOrDigit(value[at - 1]))
                {
                    continue;
                }

                var end = at + prefix.Length;
                while (end < value.Length && (char.IsLetterOrDigit(value[end]) || value[end] is '_' or '-'))
                {
                    end++;
                }

                var body = value.Substring(at + prefix.Length, end - at - prefix.Length);
                if (body.Length >= MinimumPrefixedBody && !Placeholders.IsPlaceholder(body) && !Randomness.IsEnglishLike(body))
                {
                    return (at, end - at);
                }
            }
        }

        return null;
    }

    /// <summary>A JWT standing as a token of its own in the text: whole, after a scheme, or in a URL.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static (int Start, int Length)? FindJsonWebToken(string value)
    {
        for (var at = value.IndexOf("eyJ", StringComparison.Ordinal); at >= 0; at = value.IndexOf("eyJ", at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && IsJwtChar(value[at - 1]))
            {
                continue;
            }

            var end = at;
            while (end < value.Length && IsJwtChar(value[end]))
            {
                end++;
            }

            if (IsJsonWebToken(value.Substring(at, end - at)))
            {
                return (at, end - at);
            }
        }

        return null;
    }

    private static bool IsJwtChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.';

    /// <summary>Three base64url parts, the first two JSON objects (<c>eyJ</c> is <c>{"</c>), and a signature.</summary>
    public static bool IsJsonWebToken(string token)
    {
        var parts = token.Split('.');
        return parts.Length == 3
            && parts[0].StartsWith("eyJ", StringComparison.Ordinal) && parts[0].Length >= 10
            && parts[1].StartsWith("eyJ", StringComparison.Ordinal) && parts[1].Length >= 10
            && parts[2].Length >= 16
            && Array.TrueForAll(parts, IsBase64Url);
    }

    private static bool IsBase64Url(string part)
    {
        foreach (var c in part)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
