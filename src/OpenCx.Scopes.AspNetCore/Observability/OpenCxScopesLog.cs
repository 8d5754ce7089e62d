using Microsoft.Extensions.Logging;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>
/// Every log event of the package, with its stable EventId and name, in one category (<see cref="Category"/>) so that
/// the ids are unique in it. Keys appear by name only: never a key, never its hash.
/// </summary>
internal static partial class OpenCxScopesLog
{
    public const string Category = "OpenCx.Scopes.AspNetCore";

    public static ILogger CreateLogger(ILoggerFactory loggerFactory) => loggerFactory.CreateLogger(Category);

    [LoggerMessage(EventId = 1, EventName = "KeyAuthenticated", Level = LogLevel.Debug,
        Message = "OpenCX API key '{KeyName}' authenticated (full access: {FullAccess}).")]
    public static partial void KeyAuthenticated(ILogger logger, string keyName, bool fullAccess);

    [LoggerMessage(EventId = 2, EventName = "RevokedKeyRefused", Level = LogLevel.Information,
        Message = "OpenCX API key '{KeyName}' was refused: it has been revoked.")]
    public static partial void RevokedKeyRefused(ILogger logger, string keyName);

    [LoggerMessage(EventId = 3, EventName = "UnknownKeyRefused", Level = LogLevel.Debug,
        Message = "An OpenCX API key that is not known was refused on {Endpoint}.")]
    public static partial void UnknownKeyRefused(ILogger logger, string? endpoint);

    [LoggerMessage(EventId = 4, EventName = "MalformedCredentialRefused", Level = LogLevel.Debug,
        Message = "A malformed Authorization header was refused on {Endpoint}.")]
    public static partial void MalformedCredentialRefused(ILogger logger, string? endpoint);

    [LoggerMessage(EventId = 5, EventName = "ScopeRefused", Level = LogLevel.Information,
        Message = "OpenCX API key '{KeyName}' was refused on {Endpoint}: it lacks scope {MissingScope}.")]
    public static partial void ScopeRefused(ILogger logger, string keyName, string? endpoint, string missingScope);

    [LoggerMessage(EventId = 6, EventName = "FullAccessRefused", Level = LogLevel.Information,
        Message = "OpenCX API key '{KeyName}' was refused on {Endpoint}: the endpoint is for full-access keys.")]
    public static partial void FullAccessRefused(ILogger logger, string keyName, string? endpoint);

    [LoggerMessage(EventId = 7, EventName = "KeysReloaded", Level = LogLevel.Information,
        Message = "OpenCX API keys reloaded from configuration: {KeyCount} keys in force.")]
    public static partial void KeysReloaded(ILogger logger, int keyCount);

    [LoggerMessage(EventId = 8, EventName = "KeysReloadRefused", Level = LogLevel.Error,
        Message = "OpenCX API keys were not reloaded; the last good set of {KeyCount} keys stays in force. {Problems}")]
    public static partial void KeysReloadRefused(ILogger logger, int keyCount, string problems);
}
