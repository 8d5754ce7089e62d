using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>
/// Every request gets a principal of its own, built from the key set in force: a claims transformation that changes
/// one request's principal cannot reach the next request, and a reload changes the claims of the next principal.
/// </summary>
public sealed class PrincipalPerRequestTests
{
    [Fact]
    public async Task A_claims_transformation_changes_only_its_own_request_principal()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        var transformation = new MarkingTransformation();
        await using var service = await TestApp.StartAsync(keys, services: services => services.AddSingleton<IClaimsTransformation>(transformation));

        var first = await service.SendAsync(HttpMethod.Get, "/whoami", reader.Header);
        var second = await service.SendAsync(HttpMethod.Get, "/whoami", reader.Header);

        first.ShouldBe(HttpStatusCode.OK);
        second.ShouldBe(HttpStatusCode.OK);
        var expected = new[] { "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name=Production", "marked=true", "scope=contacts:read" };
        Assert.Equal(expected, (await first.Content.ReadAsStringAsync()).Split('\n').Order());
        Assert.Equal(expected, (await second.Content.ReadAsStringAsync()).Split('\n').Order());
        Assert.Equal(2, transformation.Seen.Count);
        var (one, other) = (transformation.Seen.First(), transformation.Seen.Last());
        Assert.NotSame(one, other);
        Assert.NotSame(one.Identity, other.Identity);
        Assert.Empty(one.Claims.Intersect(other.Claims, ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public async Task Claims_are_owned_by_the_identity_and_issued_as_ClaimsIdentity_issues_them()
    {
        var keys = new KeyConfiguration();
        var admin = keys.FullAccess("Admin");
        var reader = keys.Scoped("Production", "contacts:read", "tags:read");
        var transformation = new MarkingTransformation();
        await using var service = await TestApp.StartAsync(keys, services: services => services.AddSingleton<IClaimsTransformation>(transformation));

        (await service.SendAsync(HttpMethod.Get, "/whoami", admin.Header)).ShouldBe(HttpStatusCode.OK);
        (await service.SendAsync(HttpMethod.Get, "/whoami", reader.Header)).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(2, transformation.Seen.Count);
        foreach (var principal in transformation.Seen)
        {
            var identity = Assert.IsType<ClaimsIdentity>(principal.Identity);
            Assert.All(identity.Claims.Where(claim => claim.Type != "marked"), claim =>
            {
                Assert.Same(identity, claim.Subject);
                Assert.Equal(ClaimsIdentity.DefaultIssuer, claim.Issuer);
                Assert.Equal(ClaimsIdentity.DefaultIssuer, claim.OriginalIssuer);
                Assert.Equal(ClaimValueTypes.String, claim.ValueType);
                Assert.Empty(claim.Properties);
            });
        }
    }

    [Fact]
    public async Task A_reload_changes_the_claims_of_the_next_principal()
    {
        var first = new KeyConfiguration();
        var key = first.Scoped("Integration", "contacts:read");
        var reloadable = new ReloadableKeys(first);
        await using var service = await TestApp.StartAsync(first, keySource: reloadable);
        var before = await service.SendAsync(HttpMethod.Get, "/whoami", key.Header);

        var second = new KeyConfiguration();
        second.Add(key, ("Scopes", new[] { "tags:read", "contacts:read" }));
        reloadable.Publish(second);
        var after = await service.SendAsync(HttpMethod.Get, "/whoami", key.Header);

        Assert.Equal(
            new[] { "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name=Integration", "scope=contacts:read" },
            (await before.Content.ReadAsStringAsync()).Split('\n').Order());
        Assert.Equal(
            new[] { "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name=Integration", "scope=contacts:read", "scope=tags:read" },
            (await after.Content.ReadAsStringAsync()).Split('\n').Order());
    }

    // Adds a claim to the principal it is given, as an app's transformation may, and keeps each principal it saw.
    private sealed class MarkingTransformation : IClaimsTransformation
    {
        public ConcurrentQueue<ClaimsPrincipal> Seen { get; } = new();

        public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
        {
            if (principal.Identity is ClaimsIdentity { IsAuthenticated: true } identity)
            {
                identity.AddClaim(new Claim("marked", "true"));
                Seen.Enqueue(principal);
            }

            return Task.FromResult(principal);
        }
    }
}
