using System;
using System.Security.Cryptography;
using System.Text;

namespace OpenCx.Scopes.Tool.Keys;

/// <summary>Makes OpenCX API keys from a cryptographic random source, and the hash the configuration holds.</summary>
internal static class ApiKeyFactory
{
    public const string LivePrefix = "ocx_live_";
    public const string TestPrefix = "ocx_test_";

    /// <summary>40 base62 characters: about 238 bits.</summary>
    public const int RandomLength = 40;

    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string NewKey(bool test) =>
        (test ? TestPrefix : LivePrefix) + RandomNumberGenerator.GetString(Base62, RandomLength);

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes, as <c>OpenCx:ApiKeys:N:Sha256</c> expects.</summary>
    public static string Sha256(string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();
}
