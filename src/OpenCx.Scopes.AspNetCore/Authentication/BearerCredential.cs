using System;
using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace OpenCx.Scopes.AspNetCore;

internal enum CredentialKind
{
    Missing,
    Malformed,
    Present,
}

/// <summary>
/// Reads <c>Authorization: Bearer &lt;key&gt;</c> and hashes the key straight from the header: the key's bytes live
/// only in a stack buffer that is cleared at once, so no copy of the plaintext outlives the request.
/// </summary>
internal static class BearerCredential
{
    private const string Scheme = "Bearer";
    private const int MaxKeyLength = 512;

    // RFC 6750 b64token: ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/", then any "=".
    private static readonly SearchValues<char> TokenCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/");

    public static CredentialKind Read(StringValues authorization, Span<byte> sha256)
    {
        if (authorization.Count == 0)
        {
            return CredentialKind.Missing;
        }

        if (authorization.Count > 1)
        {
            return CredentialKind.Malformed;
        }

        var header = authorization[0].AsSpan().Trim();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return CredentialKind.Missing;
        }

        var rest = header[Scheme.Length..];
        if (rest.Length > 0 && rest[0] != ' ')
        {
            return CredentialKind.Missing; // another scheme that starts with "Bearer", not ours
        }

        var key = rest.TrimStart(' ');
        if (key.Length is 0 or > MaxKeyLength || !IsToken(key))
        {
            return CredentialKind.Malformed;
        }

        // Sized to the key (a token is ASCII, one byte per character, at most MaxKeyLength): zeroing a 512-byte buffer
        // twice on every request for a key of some 40 characters is wasted work.
        Span<byte> utf8 = stackalloc byte[key.Length];
        Encoding.ASCII.GetBytes(key, utf8);
        SHA256.HashData(utf8, sha256);
        CryptographicOperations.ZeroMemory(utf8);
        return CredentialKind.Present;
    }

    private static bool IsToken(ReadOnlySpan<char> key)
    {
        var withoutPadding = key.TrimEnd('=');
        return withoutPadding.Length > 0 && !withoutPadding.ContainsAnyExcept(TokenCharacters);
    }
}
