using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>
/// Keys rotate in configuration while requests run: each answer is right for a key set that was in force while the
/// request ran, never a mix, never a 500, never an exception in the log.
/// </summary>
public sealed class ConcurrentRotationTests
{
    private const int Rotations = 60;
    private const int Workers = 8;

    [Fact]
    public async Task Every_answer_matches_a_key_set_in_force_during_the_request()
    {
        // Even sets: A reads, B is absent, C reads. Odd sets: A revoked, B reads, C only tags (403 on /contacts).
        var a = TestKey.Create("A");
        var b = TestKey.Create("B");
        var c = TestKey.Create("C");
        var even = new KeyConfiguration();
        even.Add(a, ("Scopes", new[] { "contacts:read" }));
        even.Add(c, ("Scopes", new[] { "contacts:read" }));
        var odd = new KeyConfiguration();
        odd.Add(a, ("Scopes", new[] { "contacts:read" }), ("Revoked", true));
        odd.Add(b, ("Scopes", new[] { "contacts:read" }));
        odd.Add(c, ("Scopes", new[] { "tags:read" }));
        var expected = new[]
        {
            (Key: a, Even: HttpStatusCode.OK, Odd: HttpStatusCode.Unauthorized),
            (Key: b, Even: HttpStatusCode.Unauthorized, Odd: HttpStatusCode.OK),
            (Key: c, Even: HttpStatusCode.OK, Odd: HttpStatusCode.Forbidden),
        };
        var reloadable = new ReloadableKeys(even);
        await using var service = await TestApp.StartAsync(even, keySource: reloadable);
        (await service.SendAsync(HttpMethod.Get, "/contacts", a.Header)).ShouldBe(HttpStatusCode.OK); // the store exists, and reloads from now on

        // announced: the newest generation published or being published; completed: the newest fully swapped in.
        var announced = 0;
        var completed = 0;
        var wrong = new ConcurrentQueue<string>();
        var strictChecks = 0;
        using var done = new CancellationTokenSource();

        async Task Worker(int worker)
        {
            for (var i = worker; !done.IsCancellationRequested; i++)
            {
                var (key, whenEven, whenOdd) = expected[i % expected.Length];
                var first = Volatile.Read(ref completed);
                var response = await service.SendAsync(HttpMethod.Get, "/contacts", key.Header);
                var last = Volatile.Read(ref announced);
                var allowed = Enumerable.Range(first, last - first + 1).Select(generation => generation % 2 == 0 ? whenEven : whenOdd).ToHashSet();
                if (allowed.Count == 1)
                {
                    Interlocked.Increment(ref strictChecks);
                }

                if (!allowed.Contains(response.StatusCode))
                {
                    wrong.Enqueue($"{key.Name} got {(int)response.StatusCode} during generations {first}..{last}");
                }
            }
        }

        var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(() => Worker(worker))).ToArray();
        for (var generation = 1; generation <= Rotations; generation++)
        {
            await Task.Delay(10);
            Volatile.Write(ref announced, generation);
            reloadable.Publish(generation % 2 == 0 ? even : odd);
            Volatile.Write(ref completed, generation);
        }

        await Task.Delay(10);
        done.Cancel();
        await Task.WhenAll(workers);

        Assert.Empty(wrong);
        Assert.True(strictChecks > 100, $"only {strictChecks} requests ran between two rotations");
        Assert.DoesNotContain(service.Logs.Entries, static entry => entry.Exception is not null || entry.Level >= LogLevel.Error);
        Assert.Equal(Rotations, service.Logs.Entries.Count(static entry => entry.EventId.Name == "KeysReloaded"));
    }
}
