using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>
/// The acceptance check: a service on Kestrel (127.0.0.1) reading appsettings.json with reloadOnChange
/// follows a key being added, revoked and removed in the file, without a restart.
/// </summary>
public sealed class KestrelReloadTests : IDisposable
{
    private static readonly TimeSpan ReloadTimeout = TimeSpan.FromSeconds(15);

    private readonly string folder = Directory.CreateTempSubdirectory("opencx-reload-").FullName;

    [Fact]
    public async Task Key_added_revoked_and_removed_in_appsettings_json_takes_effect_without_a_restart()
    {
        var start = new KeyConfiguration();
        var kept = start.Scoped("Kept", "contacts:read");
        WriteAppSettings(start);
        var appSettings = new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(folder),
            Path = "appsettings.json",
            ReloadOnChange = true,
        };
        await using var service = await TestApp.StartAsync(start, onKestrel: true, keySource: appSettings);
        var rotated = TestKey.Create("Rotated in");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOf(service, rotated));

        WriteAppSettings(Keys((kept, false), (rotated, false)));
        await Until(service, rotated, HttpStatusCode.OK);

        WriteAppSettings(Keys((kept, false), (rotated, true)));
        await Until(service, rotated, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, await StatusOf(service, kept));

        WriteAppSettings(Keys((rotated, true)));
        await Until(service, kept, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOf(service, rotated));
        Assert.DoesNotContain(service.Logs.Lines, line => line.StartsWith("Error") || line.StartsWith("Critical"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static KeyConfiguration Keys(params (TestKey Key, bool Revoked)[] keys)
    {
        var configuration = new KeyConfiguration();
        foreach (var (key, revoked) in keys)
        {
            configuration.Add(key, ("Scopes", new[] { "contacts:read" }), ("Revoked", revoked));
        }

        return configuration;
    }

    // Written whole and moved into place, as deployment tools do, so the watcher never reads half a file.
    private void WriteAppSettings(KeyConfiguration keys)
    {
        var temporary = Path.Combine(folder, "appsettings.json.tmp");
        File.WriteAllText(temporary, keys.ToJson());
        File.Move(temporary, Path.Combine(folder, "appsettings.json"), overwrite: true);
    }

    private static async Task<HttpStatusCode> StatusOf(TestApp service, TestKey key) =>
        (await service.SendAsync(HttpMethod.Get, "/contacts", key.Header)).StatusCode;

    private static async Task Until(TestApp service, TestKey key, HttpStatusCode expected)
    {
        var clock = Stopwatch.StartNew();
        while (await StatusOf(service, key) != expected)
        {
            Assert.True(clock.Elapsed < ReloadTimeout, $"'{key.Name}' did not get {expected} within {ReloadTimeout.TotalSeconds} s of the file changing.");
            await Task.Delay(50);
        }
    }
}
