using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>The keys of <see cref="OpenCxApiKeysOptions"/> (configuration and code), read once at start.</summary>
internal sealed class ConfiguredOpenCxApiKeyStore(IOptions<OpenCxApiKeysOptions> options) : IOpenCxApiKeyStore
{
    private readonly InMemoryOpenCxApiKeyStore keys = new(options.Value.Keys.Select(ToKey));

    public ValueTask<OpenCxApiKey?> FindAsync(ReadOnlyMemory<byte> keySha256, CancellationToken cancellationToken) =>
        keys.FindAsync(keySha256, cancellationToken);

    private static OpenCxApiKey ToKey(OpenCxApiKeyEntry entry)
    {
        var sha256 = Convert.FromHexString(entry.Sha256!);
        return entry.IsFullAccess
            ? OpenCxApiKey.WithFullAccess(entry.Name!, sha256, entry.Revoked)
            : OpenCxApiKey.WithScopes(entry.Name!, sha256, entry.Scopes ?? [], entry.Revoked);
    }
}
