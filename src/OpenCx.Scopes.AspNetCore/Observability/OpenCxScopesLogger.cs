using Microsoft.Extensions.Logging;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>
/// The logger of <see cref="OpenCxScopesLog.Category"/>, created once. The authentication handler is created for every
/// request, and asking the logger factory each time takes its lock on every request.
/// </summary>
internal sealed class OpenCxScopesLogger(ILoggerFactory loggerFactory)
{
    public ILogger Events { get; } = OpenCxScopesLog.CreateLogger(loggerFactory);
}
