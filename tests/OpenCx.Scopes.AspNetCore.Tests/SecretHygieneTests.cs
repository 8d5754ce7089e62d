using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>No plaintext key in logs or in the principal a request carries; keys are named instead.</summary>
public sealed class SecretHygieneTests
{
    [Fact]
    public async Task Logs_name_keys_but_never_contain_a_key()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        var revoked = keys.Revoked("Old", "contacts:read");
        var unknown = TestKey.Create("Unknown");
        await using var service = await TestApp.StartAsync(keys);

        await service.SendAsync(HttpMethod.Get, "/contacts", reader.Header);
        await service.SendAsync(HttpMethod.Post, "/contacts", reader.Header);
        await service.SendAsync(HttpMethod.Get, "/contacts", revoked.Header);
        await service.SendAsync(HttpMethod.Get, "/contacts", unknown.Header);
        await service.SendAsync(HttpMethod.Get, "/contacts", "Bearer " + unknown.Secret + "!");
        await service.SendAsync(HttpMethod.Get, "/health", unknown.Header);

        var logs = service.Logs.Lines;
        Assert.Contains(logs, line => line.Contains("'Production' authenticated"));
        Assert.Contains(logs, line => line.Contains("'Old' was refused: it has been revoked"));
        Assert.Contains(logs, line => line.Contains("The API key is not known."));
        foreach (var secret in new[] { reader.Secret, revoked.Secret, unknown.Secret })
        {
            Assert.DoesNotContain(logs, line => line.Contains(secret[9..]));
        }
    }

    [Fact]
    public async Task Principal_carries_the_key_name_and_scopes_not_the_key()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        await using var service = await TestApp.StartAsync(keys);

        var response = await service.SendAsync(HttpMethod.Get, "/whoami", reader.Header);
        var claims = await response.Content.ReadAsStringAsync();

        response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(
            new[] { "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name=Production", "scope=contacts:read" },
            claims.Split('\n').Order());
        Assert.DoesNotContain(reader.Secret[9..], claims);
        Assert.DoesNotContain(reader.Sha256, claims);
    }

    [Fact]
    public async Task Principal_of_a_full_access_key_carries_its_name_and_the_full_access_claim()
    {
        var keys = new KeyConfiguration();
        var admin = keys.FullAccess("Admin");
        await using var service = await TestApp.StartAsync(keys);

        var response = await service.SendAsync(HttpMethod.Get, "/whoami", admin.Header);

        response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(
            new[] { "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name=Admin", "opencx:full_access=true" },
            (await response.Content.ReadAsStringAsync()).Split('\n').Order());
    }
}
