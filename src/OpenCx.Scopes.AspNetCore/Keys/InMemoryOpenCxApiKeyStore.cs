using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>
/// A fixed set of keys held in memory (as hashes). A lookup goes straight to the keys whose hash starts with the same
/// eight bytes and confirms the whole hash with <see cref="CryptographicOperations.FixedTimeEquals"/>: its time
/// depends on the hash of the presented key, never on the key itself (see docs/runtime.md).
/// </summary>
public sealed class InMemoryOpenCxApiKeyStore : IOpenCxApiKeyStore
{
    private readonly Dictionary<ulong, OpenCxApiKey[]> keysByHashPrefix;

    /// <summary>A store of <paramref name="keys"/>.</summary>
    public InMemoryOpenCxApiKeyStore(IEnumerable<OpenCxApiKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var all = keys.ToArray();
        Count = all.Length;
        keysByHashPrefix = all.GroupBy(static key => Prefix(key.Sha256.Span)).ToDictionary(static group => group.Key, static group => group.ToArray());
    }

    internal int Count { get; }

    /// <inheritdoc/>
    public ValueTask<OpenCxApiKey?> FindAsync(ReadOnlyMemory<byte> keySha256, CancellationToken cancellationToken)
    {
        var hash = keySha256.Span;
        if (hash.Length != SHA256.HashSizeInBytes || !keysByHashPrefix.TryGetValue(Prefix(hash), out var candidates))
        {
            return new ValueTask<OpenCxApiKey?>((OpenCxApiKey?)null);
        }

        // SHA-256 values sharing eight bytes are as good as never seen, but the first key listed wins, as it always has.
        foreach (var key in candidates)
        {
            if (CryptographicOperations.FixedTimeEquals(key.Sha256.Span, hash))
            {
                return new ValueTask<OpenCxApiKey?>(key);
            }
        }

        return new ValueTask<OpenCxApiKey?>((OpenCxApiKey?)null);
    }

    private static ulong Prefix(ReadOnlySpan<byte> sha256) => BinaryPrimitives.ReadUInt64LittleEndian(sha256);
}
