using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>
/// Oversized, malformed, repeated and non-ASCII Authorization headers, sent concurrently over real HTTP: 401, never
/// 500, never an exception.
/// </summary>
public sealed class HostileHeaderTests
{
    private const int Workers = 8;

    [Fact]
    public async Task Hostile_authorization_headers_under_concurrency_get_401_and_never_500()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        await using var service = await TestApp.StartAsync(keys, onKestrel: true);
        // Sends header values as raw UTF-8 bytes, which HttpClient otherwise refuses to send.
        using var client = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = static (_, _) => Encoding.UTF8 })
        {
            BaseAddress = service.Client.BaseAddress,
        };
        var hostile = new[]
        {
            ("8 KB key", new[] { "Bearer " + new string('a', 8 * 1024) }),
            ("8 KB of padding", new[] { "Bearer a" + new string('=', 8 * 1024) }),
            ("8 KB of spaces", new[] { "Bearer" + new string(' ', 8 * 1024) + "x" }),
            ("valid key, 8 KB behind", new[] { reader.Header + new string('a', 8 * 1024) }),
            ("Bearer and nothing", new[] { "Bearer " }),
            ("padding only", new[] { "Bearer ===" }),
            ("two keys", new[] { reader.Header + " " + reader.Secret }),
            ("tab instead of space", new[] { "Bearer\t" + reader.Secret }),
            ("quoted key", new[] { "Bearer \"" + reader.Secret + "\"" }),
            ("non-ASCII key", new[] { "Bearer " + reader.Secret[..^1] + "é" }),
            ("non-ASCII only", new[] { "Bearer ключ-🔑" }),
            ("non-ASCII scheme", new[] { "Beärer " + reader.Secret }),
            ("the valid key twice", new[] { reader.Header, reader.Header }),
            ("60 Authorization headers", Enumerable.Repeat(reader.Header, 60).ToArray()),
        };

        var answers = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var round = 0; round < hostile.Length; round++)
            {
                var (name, values) = hostile[(worker + round) % hostile.Length];
                using var request = new HttpRequestMessage(HttpMethod.Get, "/contacts");
                request.Headers.TryAddWithoutValidation("Authorization", values);
                for (var extra = 0; extra < 50; extra++)
                {
                    request.Headers.TryAddWithoutValidation($"X-Noise-{extra}", new string('n', 64));
                }

                using var response = await client.SendAsync(request);
                answers.Add($"{name}: {(int)response.StatusCode}");
            }
        })));

        Assert.All(answers, answer => Assert.EndsWith(": 401", answer));
        Assert.Equal(Workers * hostile.Length, answers.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        using var valid = new HttpRequestMessage(HttpMethod.Get, "/contacts");
        valid.Headers.TryAddWithoutValidation("Authorization", reader.Header);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(valid)).StatusCode);
        Assert.DoesNotContain(service.Logs.Entries, static entry => entry.Exception is not null || entry.Level >= LogLevel.Error);
    }
}
