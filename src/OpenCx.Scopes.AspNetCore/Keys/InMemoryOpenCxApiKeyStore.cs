using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>A fixed set of keys held in memory (as hashes), compared in constant time.</summary>
public sealed class InMemoryOpenCxApiKeyStore : IOpenCxApiKeyStore
{
    private readonly OpenCxApiKey[] keys;

    /// <summary>A store of <paramref name="keys"/>.</summary>
    public InMemoryOpenCxApiKeyStore(IEnumerable<OpenCxApiKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        this.keys = keys.ToArray();
    }

    internal int Count => keys.Length;

    /// <inheritdoc/>
    public ValueTask<OpenCxApiKey?> FindAsync(ReadOnlyMemory<byte> keySha256, CancellationToken cancellationToken)
    {
        // Every key is compared, match or not, so the time taken tells nothing about which key matched.
        OpenCxApiKey? match = null;
        foreach (var key in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(key.Sha256.Span, keySha256.Span))
            {
                match ??= key;
            }
        }

        return new ValueTask<OpenCxApiKey?>(match);
    }
}
