using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>Full-access, legacy (no scope list) and scoped-with-nothing keys.</summary>
public sealed class KeyKindTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    public static TheoryData<string, string> EveryProtectedEndpoint => new()
    {
        { "GET", "/contacts" },
        { "POST", "/contacts" },
        { "GET", "/tags" },
        { "GET", "/handoff-analytics" },
        { "GET", "/reports" },
        { "DELETE", "/organization" },
        { "GET", "/teams" },
        { "POST", "/teams" },
        { "GET", "/mvc/contacts" },
        { "POST", "/mvc/contacts" },
        { "GET", "/mvc/teams" },
        { "PUT", "/mvc/teams/1" },
        { "GET", "/mvc/sequences" },
        { "GET", "/mvc/organization" },
        { "GET", "/mvc/handoff-analytics" },
    };

    [Theory]
    [MemberData(nameof(EveryProtectedEndpoint))]
    public async Task Full_access_key_calls_every_endpoint(string method, string path)
    {
        var response = await fixture.Service.SendAsync(new HttpMethod(method), path, fixture.Admin.Header);

        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(EveryProtectedEndpoint))]
    public async Task Legacy_key_without_scopes_is_full_access(string method, string path)
    {
        var response = await fixture.Service.SendAsync(new HttpMethod(method), path, fixture.Legacy.Header);

        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Empty_scope_list_is_a_scoped_key_with_no_scope()
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/contacts", fixture.NoScopes.Header);

        response.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"contacts:read\"");
    }

    [Fact]
    public async Task FullAccess_false_without_scopes_is_a_scoped_key_with_no_scope()
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/mvc/contacts", fixture.ScopedByFlag.Header);

        response.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"contacts:read\"");
    }

    [Theory]
    [InlineData("DELETE", "/organization")]
    [InlineData("GET", "/mvc/organization")]
    public async Task Full_access_endpoint_refuses_a_scoped_key_with_403(string method, string path)
    {
        var response = await fixture.Service.SendAsync(new HttpMethod(method), path, fixture.ContactsReader.Header);

        response.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\"");
    }

    [Theory]
    [InlineData("DELETE", "/organization")]
    [InlineData("GET", "/mvc/organization")]
    public async Task Full_access_endpoint_without_key_is_401(string method, string path)
    {
        var response = await fixture.Service.SendAsync(new HttpMethod(method), path, authorization: null);

        response.ShouldBe(HttpStatusCode.Unauthorized, "Bearer");
    }
}
