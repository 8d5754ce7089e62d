using System;
using System.Security.Cryptography;
using System.Text;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>The SHA-256 that configuration and stores hold in place of a key.</summary>
public static class OpenCxApiKeyHash
{
    /// <summary>The lower-case hex SHA-256 of <paramref name="apiKey"/>'s UTF-8 bytes, as the <c>Sha256</c> setting expects.</summary>
    public static string ComputeHex(string apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey))).ToLowerInvariant();
    }
}
