using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Security.Cryptography;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>An API key as a store knows it: its name, the SHA-256 of the key (never the key), and what it may call.</summary>
public sealed class OpenCxApiKey
{
    private OpenCxApiKey(string name, ReadOnlySpan<byte> sha256, bool hasFullAccess, IEnumerable<string> scopes, bool isRevoked)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (sha256.Length != SHA256.HashSizeInBytes)
        {
            throw new ArgumentException($"The SHA-256 of API key '{name}' must be {SHA256.HashSizeInBytes} bytes.", nameof(sha256));
        }

        Name = name;
        Sha256 = sha256.ToArray();
        HasFullAccess = hasFullAccess;
        var scopeSet = scopes.ToFrozenSet(StringComparer.Ordinal);
        Scopes = scopeSet;
        ScopeList = scopeSet.Items;
        IsRevoked = isRevoked;
    }

    /// <summary>The key's name, such as "Production": the only thing about a key that is ever logged.</summary>
    public string Name { get; }

    /// <summary>The SHA-256 of the key's UTF-8 bytes.</summary>
    public ReadOnlyMemory<byte> Sha256 { get; }

    /// <summary>True for a full-access key, which bypasses every scope check.</summary>
    public bool HasFullAccess { get; }

    /// <summary>The scopes of a scoped key (empty for a full-access key).</summary>
    public IReadOnlySet<string> Scopes { get; }

    /// <summary>The same scopes as <see cref="Scopes"/>, in the same order, to enumerate without allocating.</summary>
    internal ImmutableArray<string> ScopeList { get; }

    /// <summary>True when the key was revoked: requests with it get 401.</summary>
    public bool IsRevoked { get; }

    /// <summary>A key that can call every endpoint.</summary>
    public static OpenCxApiKey WithFullAccess(string name, ReadOnlySpan<byte> sha256, bool isRevoked = false) =>
        new(name, sha256, hasFullAccess: true, [], isRevoked);

    /// <summary>A key that can call only the endpoints whose scopes are all in <paramref name="scopes"/>.</summary>
    public static OpenCxApiKey WithScopes(string name, ReadOnlySpan<byte> sha256, IEnumerable<string> scopes, bool isRevoked = false)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        return new(name, sha256, hasFullAccess: false, scopes, isRevoked);
    }
}
