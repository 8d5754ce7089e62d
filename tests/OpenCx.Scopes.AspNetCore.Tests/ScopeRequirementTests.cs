using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>Where scopes come from: the endpoint, its controller or base class, its route group; several at once.</summary>
public sealed class ScopeRequirementTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task Several_required_scopes_403_names_only_the_missing_ones()
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/reports", fixture.ContactsReader.Header);

        response.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"insights:read tags:read\"");
    }

    [Fact]
    public async Task Attribute_on_a_lambda_is_enforced()
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/tags", fixture.ContactsReader.Header);

        response.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"tags:read\"");
    }

    [Fact]
    public async Task Group_scope_lets_its_key_read_the_group()
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/teams", fixture.TeamsReader.Header);

        response.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Group_scope_refuses_other_keys()
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/teams", fixture.ContactsReader.Header);

        response.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"teams:read\"");
    }

    [Fact]
    public async Task Endpoint_scope_adds_to_the_group_scope()
    {
        var readOnly = await fixture.Service.SendAsync(HttpMethod.Post, "/teams", fixture.TeamsReader.Header);
        var editor = await fixture.Service.SendAsync(HttpMethod.Post, "/teams", fixture.TeamsEditor.Header);
        var stranger = await fixture.Service.SendAsync(HttpMethod.Post, "/teams", fixture.ContactsReader.Header);

        readOnly.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"teams:write\"");
        editor.ShouldBe(HttpStatusCode.Created);
        stranger.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"teams:read teams:write\"");
    }

    [Fact]
    public async Task Controller_scope_adds_to_the_action_scope()
    {
        var list = await fixture.Service.SendAsync(HttpMethod.Get, "/mvc/teams", fixture.TeamsReader.Header);
        var update = await fixture.Service.SendAsync(HttpMethod.Put, "/mvc/teams/1", fixture.TeamsReader.Header);
        var editorUpdate = await fixture.Service.SendAsync(HttpMethod.Put, "/mvc/teams/1", fixture.TeamsEditor.Header);

        list.ShouldBe(HttpStatusCode.OK);
        update.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"teams:write\"");
        editorUpdate.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Scope_on_a_base_controller_is_inherited()
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, "/mvc/sequences", fixture.TeamsEditor.Header);

        response.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"sequences:read\"");
    }

    [Theory]
    [InlineData("/handoff-analytics")]
    [InlineData("/mvc/handoff-analytics")]
    public async Task Handoff_analytics_key_reads_analytics(string path)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, path, fixture.Analytics.Header);

        response.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("POST", "/contacts", "contacts:write")]
    [InlineData("POST", "/teams", "teams:read teams:write")]
    [InlineData("GET", "/contacts", "contacts:read")]
    public async Task Handoff_analytics_key_is_read_only_and_nothing_else(string method, string path, string missing)
    {
        var response = await fixture.Service.SendAsync(new HttpMethod(method), path, fixture.Analytics.Header);

        response.ShouldBe(HttpStatusCode.Forbidden, $"Bearer error=\"insufficient_scope\", scope=\"{missing}\"");
    }

    [Theory]
    [InlineData("/handoff-analytics")]
    [InlineData("/mvc/handoff-analytics")]
    public async Task Analytics_endpoint_refuses_a_key_without_the_analytics_scope(string path)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, path, fixture.ContactsReader.Header);

        response.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"handoff-analytics:read\"");
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/teams/status")]
    [InlineData("/mvc/organization/status")]
    public async Task AllowAnonymous_needs_no_key(string path)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, path, authorization: null);

        response.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/mvc/organization/status")]
    public async Task AllowAnonymous_ignores_an_unknown_key(string path)
    {
        var response = await fixture.Service.SendAsync(HttpMethod.Get, path, TestKey.Create("Unknown").Header);

        response.ShouldBe(HttpStatusCode.OK);
    }
}
