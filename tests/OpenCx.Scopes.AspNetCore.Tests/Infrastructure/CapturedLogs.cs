using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

/// <summary>Every log line an app writes, at every level: message, structured values and exception.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();
    private readonly ConcurrentQueue<LogEntry> entries = new();

    public IReadOnlyList<string> Lines => lines.ToArray();

    public IReadOnlyList<LogEntry> Entries => entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(", ", pairs.Select(pair => $"{pair.Key}={pair.Value}")) : string.Empty;
            var message = formatter(state, exception);
            lines.Enqueue($"{logLevel} {category}: {message} [{values}] {exception}");
            entries.Enqueue(new LogEntry(logLevel, category, eventId, message, exception));
        }
    }
}

internal sealed record LogEntry(LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception);
