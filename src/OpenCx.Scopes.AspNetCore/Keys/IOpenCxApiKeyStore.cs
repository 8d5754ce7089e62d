using System;
using System.Threading;
using System.Threading.Tasks;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>
/// Finds API keys by the SHA-256 of the key. Register your own implementation to replace the keys from configuration.
/// </summary>
public interface IOpenCxApiKeyStore
{
    /// <summary>The key whose SHA-256 is <paramref name="keySha256"/>, or null when there is none. Revoked keys are returned too.</summary>
    /// <param name="keySha256">The SHA-256 of the key's UTF-8 bytes; compare it in constant time.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    ValueTask<OpenCxApiKey?> FindAsync(ReadOnlyMemory<byte> keySha256, CancellationToken cancellationToken);
}
