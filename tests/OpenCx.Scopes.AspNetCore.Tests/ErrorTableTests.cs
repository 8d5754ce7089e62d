using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>Each row of the OpenCX error table (401 missing or invalid key, 403 valid key without the scope), on both endpoint styles.</summary>
public sealed class ErrorTableTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private const string InvalidToken = "Bearer error=\"invalid_token\"";

    [Theory]
    [InlineData("/contacts")]
    [InlineData("/mvc/contacts")]
    public async Task Missing_key_is_401_with_a_bare_Bearer_challenge(string path)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, path, authorization: null);

        response.ShouldBe(HttpStatusCode.Unauthorized, "Bearer");
    }

    [Theory]
    [InlineData("/contacts")]
    [InlineData("/mvc/contacts")]
    public async Task Another_scheme_counts_as_no_key(string path)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, path, "Basic dXNlcjpwYXNz");

        response.ShouldBe(HttpStatusCode.Unauthorized, "Bearer");
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer    ")]
    [InlineData("Bearer two words")]
    [InlineData("Bearer key\"quote")]
    [InlineData("Bearer ====")]
    public async Task Malformed_key_is_401_invalid_token(string authorization)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/contacts", authorization);

        response.ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
    }

    [Fact]
    public async Task Overlong_key_is_401_invalid_token()
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/contacts", "Bearer " + new string('a', 513));

        response.ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
    }

    [Theory]
    [InlineData("/contacts")]
    [InlineData("/mvc/contacts")]
    public async Task Unknown_key_is_401_invalid_token(string path)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, path, TestKey.Create("Unknown").Header);

        response.ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
    }

    [Theory]
    [InlineData("/contacts")]
    [InlineData("/mvc/contacts")]
    public async Task Revoked_key_is_401_invalid_token_though_it_has_the_scope(string path)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, path, fixture.Revoked.Header);

        response.ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
    }

    [Fact]
    public async Task Revoked_full_access_key_is_401_invalid_token()
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Delete, "/organization", fixture.RevokedAdmin.Header);

        response.ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
    }

    [Theory]
    [InlineData("/contacts")]
    [InlineData("/mvc/contacts")]
    public async Task Valid_key_without_the_scope_is_403_naming_the_scope(string path)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Post, path, fixture.ContactsReader.Header);

        response.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"contacts:write\"");
    }

    [Theory]
    [InlineData("/contacts")]
    [InlineData("/mvc/contacts")]
    public async Task Valid_key_with_the_scope_is_200_without_a_challenge(string path)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, path, fixture.ContactsReader.Header);

        response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("contacts", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    [InlineData("BeArEr")]
    public async Task Scheme_is_case_insensitive(string scheme)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/contacts", $"{scheme} {fixture.ContactsReader.Secret}");

        response.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Hash_configured_in_upper_case_hex_matches()
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/contacts", fixture.UpperCaseHex.Header);

        response.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Key_differing_in_case_from_a_configured_key_is_unknown()
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/contacts", "Bearer " + fixture.ContactsReader.Secret.ToUpperInvariant());

        response.ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
    }
}
