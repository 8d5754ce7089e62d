using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>The meter and the log events: what they count and name, and that no key or hash is ever in them.</summary>
public sealed class ObservabilityTests
{
    private const string Results = "opencx.scopes.authentication.results";
    private const string Refusals = "opencx.scopes.authorization.refusals";
    private const string ReloadFailures = "opencx.scopes.keys.reload_failures";

    [Fact]
    public async Task Authentication_results_are_counted_by_result_and_key_name()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        var revoked = keys.Revoked("Old", "contacts:read");
        await using var service = await TestApp.StartAsync(keys);
        using var metrics = new CapturedMeasurements(service.App.Services);

        await service.SendAsync(HttpMethod.Get, "/contacts", reader.Header);
        await service.SendAsync(HttpMethod.Get, "/contacts", revoked.Header);
        await service.SendAsync(HttpMethod.Get, "/contacts", TestKey.Create("Unknown").Header);
        await service.SendAsync(HttpMethod.Get, "/contacts", "Bearer not a key");
        await service.SendAsync(HttpMethod.Get, "/contacts", null);

        Assert.Equal(
            ["1: key.name=Production, result=success", "1: key.name=Old, result=revoked", "1: result=invalid", "1: result=invalid", "1: result=missing"],
            metrics.Of(Results));
        Assert.Empty(metrics.Of(Refusals));
    }

    [Fact]
    public async Task Refusals_are_counted_by_missing_scope_and_key_name()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        var admin = keys.FullAccess("Admin");
        await using var service = await TestApp.StartAsync(keys);
        using var metrics = new CapturedMeasurements(service.App.Services);

        await service.SendAsync(HttpMethod.Post, "/contacts", reader.Header);
        await service.SendAsync(HttpMethod.Get, "/reports", reader.Header);
        await service.SendAsync(HttpMethod.Delete, "/organization", reader.Header);
        await service.SendAsync(HttpMethod.Get, "/mvc/teams", reader.Header);
        await service.SendAsync(HttpMethod.Get, "/contacts", reader.Header);
        await service.SendAsync(HttpMethod.Delete, "/organization", admin.Header);

        Assert.Equal(
            [
                "1: key.name=Production, scope=contacts:write",
                "1: key.name=Production, scope=insights:read tags:read",
                "1: key.name=Production, scope=full-access",
                "1: key.name=Production, scope=teams:read",
            ],
            metrics.Of(Refusals));
    }

    [Fact]
    public async Task Refused_requests_are_logged_with_stable_event_ids_naming_key_endpoint_and_scope()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        var revoked = keys.Revoked("Old", "contacts:read");
        await using var service = await TestApp.StartAsync(keys);

        await service.SendAsync(HttpMethod.Get, "/contacts", reader.Header);
        await service.SendAsync(HttpMethod.Post, "/contacts", reader.Header);
        await service.SendAsync(HttpMethod.Delete, "/organization", reader.Header);
        await service.SendAsync(HttpMethod.Get, "/contacts", revoked.Header);
        await service.SendAsync(HttpMethod.Get, "/contacts", TestKey.Create("Unknown").Header);
        await service.SendAsync(HttpMethod.Get, "/contacts", "Bearer not a key");

        var events = service.Logs.Entries.Where(static entry => entry.Category == "OpenCx.Scopes.AspNetCore")
            .Select(static entry => $"{entry.EventId.Id} {entry.EventId.Name} {entry.Level}: {entry.Message}");
        Assert.Equal(
            [
                "1 KeyAuthenticated Debug: OpenCX API key 'Production' authenticated (full access: False).",
                "1 KeyAuthenticated Debug: OpenCX API key 'Production' authenticated (full access: False).",
                "5 ScopeRefused Information: OpenCX API key 'Production' was refused on HTTP: POST /contacts: it lacks scope contacts:write.",
                "1 KeyAuthenticated Debug: OpenCX API key 'Production' authenticated (full access: False).",
                "6 FullAccessRefused Information: OpenCX API key 'Production' was refused on HTTP: DELETE /organization: the endpoint is for full-access keys.",
                "2 RevokedKeyRefused Information: OpenCX API key 'Old' was refused: it has been revoked.",
                "3 UnknownKeyRefused Debug: An OpenCX API key that is not known was refused on HTTP: GET /contacts.",
                "4 MalformedCredentialRefused Debug: A malformed Authorization header was refused on HTTP: GET /contacts.",
            ],
            events);
    }

    [Fact]
    public async Task Malformed_reload_is_counted_and_logged_as_an_error_event()
    {
        var first = new KeyConfiguration();
        var kept = first.Scoped("Kept", "contacts:read");
        var reloadable = new ReloadableKeys(first);
        await using var service = await TestApp.StartAsync(first, keySource: reloadable);
        using var metrics = new CapturedMeasurements(service.App.Services);
        await service.SendAsync(HttpMethod.Get, "/contacts", kept.Header);

        var broken = new KeyConfiguration();
        broken.Add("Broken", ("Scopes", new[] { "contacts" }));
        reloadable.Publish(broken);
        reloadable.Publish(first);

        Assert.Equal(["1: "], metrics.Of(ReloadFailures));
        var events = service.Logs.Entries.Where(static entry => entry.Category == "OpenCx.Scopes.AspNetCore")
            .Select(static entry => $"{entry.EventId.Id} {entry.EventId.Name} {entry.Level}");
        Assert.Equal(["1 KeyAuthenticated Debug", "8 KeysReloadRefused Error", "7 KeysReloaded Information"], events);
    }

    [Fact]
    public async Task No_key_or_hash_appears_in_any_log_line_or_metric_tag()
    {
        var first = new KeyConfiguration();
        var reader = first.Scoped("Production", "contacts:read");
        var revoked = first.Revoked("Old", "contacts:read");
        var admin = first.FullAccess("Admin");
        var unknown = TestKey.Create("Unknown");
        var reloadable = new ReloadableKeys(first);
        await using var service = await TestApp.StartAsync(first, keySource: reloadable);
        using var metrics = new CapturedMeasurements(service.App.Services);

        foreach (var key in new[] { reader, revoked, admin, unknown })
        {
            foreach (var (method, path) in new[] { (HttpMethod.Get, "/contacts"), (HttpMethod.Post, "/contacts"), (HttpMethod.Delete, "/organization"), (HttpMethod.Get, "/health") })
            {
                await service.SendAsync(method, path, key.Header);
                await service.SendAsync(method, path, key.Header + "!");
            }
        }

        var broken = new KeyConfiguration();
        broken.AddRaw(new() { ["Name"] = "Pasted", ["Sha256"] = unknown.Secret, ["FullAccess"] = true });
        broken.AddRaw(new() { ["Name"] = "Twice", ["Sha256"] = reader.Sha256, ["FullAccess"] = true });
        broken.AddRaw(new() { ["Name"] = "Again", ["Sha256"] = reader.Sha256.ToUpperInvariant(), ["FullAccess"] = true });
        reloadable.Publish(broken);

        var logged = string.Join("\n", service.Logs.Lines);
        var tagged = string.Join("\n", metrics.All.SelectMany(static measurement => measurement.Tags.Values));
        Assert.Contains("Production", tagged);
        Assert.Contains("'Pasted'", logged);
        foreach (var key in new[] { reader, revoked, admin, unknown })
        {
            foreach (var secret in new[] { key.Secret[9..], key.Sha256, key.Sha256[..16] })
            {
                Assert.DoesNotContain(secret, logged, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(secret, tagged, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
