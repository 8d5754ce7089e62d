using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

/// <summary>
/// Every measurement of one app's <c>OpenCx.Scopes.AspNetCore</c> meter, as a MeterListener (what OpenTelemetry and
/// dotnet-counters use) sees it. Other apps running in parallel have meters of the same name: only this app's
/// IMeterFactory's is listened to.
/// </summary>
internal sealed class CapturedMeasurements : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<Measurement> measurements = new();

    public CapturedMeasurements(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "OpenCx.Scopes.AspNetCore" && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue(
            new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(static tag => tag.Key, static tag => tag.Value?.ToString()))));
        listener.Start();
    }

    public IReadOnlyList<Measurement> All => measurements.ToArray();

    /// <summary>The measurements of <paramref name="instrument"/>, each as its sorted tags ("key=value, …").</summary>
    public IEnumerable<string> Of(string instrument) =>
        All.Where(measurement => measurement.Instrument == instrument)
            .Select(static measurement => $"{measurement.Value}: " + string.Join(", ", measurement.Tags.OrderBy(static tag => tag.Key).Select(static tag => $"{tag.Key}={tag.Value}")));

    public void Dispose() => listener.Dispose();

    internal sealed record Measurement(string Instrument, long Value, IReadOnlyDictionary<string, string?> Tags);
}
