using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>
/// The keys of <see cref="OpenCxApiKeysOptions"/> (configuration and code). When a configured section reloads, the
/// whole key set is rebuilt and swapped in by reference: a lookup sees the old set or the new one, never a mix. A
/// malformed reload keeps the last good set.
/// </summary>
internal sealed class ConfiguredOpenCxApiKeyStore : IOpenCxApiKeyStore, IDisposable
{
    private readonly IOptionsFactory<OpenCxApiKeysOptions> factory;
    private readonly OpenCxScopesMetrics metrics;
    private readonly ILogger logger;
    private readonly object reloading = new();
    private readonly List<IDisposable> subscriptions = new();
    private volatile InMemoryOpenCxApiKeyStore keys;

    public ConfiguredOpenCxApiKeyStore(
        IOptionsMonitor<OpenCxApiKeysOptions> validatedAtStart,
        IOptionsFactory<OpenCxApiKeysOptions> factory,
        IEnumerable<ApiKeyConfigurationSection> sections,
        IEnumerable<IOptionsChangeTokenSource<OpenCxApiKeysOptions>> changeSources,
        OpenCxScopesMetrics metrics,
        ILoggerFactory loggerFactory)
    {
        this.factory = factory;
        this.metrics = metrics;
        logger = OpenCxScopesLog.CreateLogger(loggerFactory);

        // The set is read now, not at start: configuration may have changed before the first request. Should it be
        // malformed by then, the set validated at start is used (or, without ValidateOnStart, the app fails as before).
        var current = TryBuild(out var problems);
        keys = current ?? ToStore(validatedAtStart.CurrentValue);
        if (current is null)
        {
            ReportRefused(problems);
        }

        foreach (var section in sections)
        {
            subscriptions.Add(ChangeToken.OnChange(section.Configuration.GetReloadToken, Reload));
        }

        foreach (var source in changeSources.Where(static source => source.Name == Options.DefaultName))
        {
            subscriptions.Add(ChangeToken.OnChange(source.GetChangeToken, Reload));
        }
    }

    public ValueTask<OpenCxApiKey?> FindAsync(ReadOnlyMemory<byte> keySha256, CancellationToken cancellationToken) =>
        keys.FindAsync(keySha256, cancellationToken);

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
    }

    private void Reload()
    {
        // One reload at a time, so that two quick changes are applied in order and the later one wins.
        lock (reloading)
        {
            var next = TryBuild(out var problems);
            if (next is null)
            {
                ReportRefused(problems);
                return;
            }

            keys = next;
            OpenCxScopesLog.KeysReloaded(logger, next.Count);
        }
    }

    private InMemoryOpenCxApiKeyStore? TryBuild(out string problems)
    {
        try
        {
            problems = string.Empty;
            return ToStore(factory.Create(Options.DefaultName));
        }
        catch (OptionsValidationException invalid)
        {
            // The validator's messages name entries by name and path, never by hash.
            problems = string.Join(" ", invalid.Failures);
            return null;
        }
    }

    private void ReportRefused(string problems)
    {
        metrics.ReloadFailed();
        OpenCxScopesLog.KeysReloadRefused(logger, keys.Count, problems);
    }

    private static InMemoryOpenCxApiKeyStore ToStore(OpenCxApiKeysOptions options) => new(options.Keys.Select(ToKey));

    private static OpenCxApiKey ToKey(OpenCxApiKeyEntry entry)
    {
        var sha256 = Convert.FromHexString(entry.Sha256!);
        return entry.IsFullAccess
            ? OpenCxApiKey.WithFullAccess(entry.Name!, sha256, entry.Revoked)
            : OpenCxApiKey.WithScopes(entry.Name!, sha256, entry.Scopes ?? [], entry.Revoked);
    }
}

/// <summary>A configuration section AddOpenCxApiKeys reads keys from, and whose reloads the configured store follows.</summary>
internal sealed record ApiKeyConfigurationSection(Microsoft.Extensions.Configuration.IConfiguration Configuration);
