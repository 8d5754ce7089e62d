using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using OpenCx.Scopes.OpenApi.Tests.App;

namespace OpenCx.Scopes.OpenApi.Tests;

/// <summary>The issue's acceptance check: a real app's /openapi/v1.json, read over HTTP from Kestrel on 127.0.0.1.</summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private ScopedApp app = null!;
    private JsonObject document = null!;

    public async Task InitializeAsync()
    {
        app = await ScopedApp.StartAsync();
        document = await app.DocumentAsync();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public void The_OpenCxApiKey_scheme_is_http_bearer_and_lists_the_catalogs_scopes()
    {
        var scheme = document["components"]!["securitySchemes"]!["OpenCxApiKey"]!;

        Assert.Equal("http", (string?)scheme["type"]);
        Assert.Equal("bearer", (string?)scheme["scheme"]);
        var description = (string)scheme["description"]!;
        Assert.Contains("`contacts:read`", description);
        Assert.Contains("`handoff-analytics:read`", description);
        Assert.DoesNotContain("handoff-analytics:write", description);
        Assert.Equal(45, System.Text.RegularExpressions.Regex.Matches(description, "`[a-z-]+:(read|write)`").Count);
    }

    [Theory]
    [InlineData("/contacts", "get", "contacts:read")]
    [InlineData("/contacts/{id}", "get", "contacts:read")]
    [InlineData("/contacts", "post", "contacts:write")]
    [InlineData("/tags", "get", "tags:read")]
    [InlineData("/handoff-analytics", "get", "handoff-analytics:read")]
    [InlineData("/whoami", "get", "contacts:read")]
    [InlineData("/reports", "get", "contacts:read insights:read tags:read")]
    [InlineData("/teams", "get", "teams:read")]
    [InlineData("/teams", "post", "teams:read teams:write")]
    [InlineData("/mvc/contacts", "get", "contacts:read")]
    [InlineData("/mvc/contacts", "post", "contacts:write")]
    [InlineData("/mvc/teams", "get", "teams:read")]
    [InlineData("/mvc/teams/{id}", "put", "teams:read teams:write")]
    [InlineData("/mvc/sequences", "get", "sequences:read")]
    [InlineData("/mvc/handoff-analytics", "get", "handoff-analytics:read")]
    public void A_scoped_operation_requires_exactly_its_endpoints_scopes(string path, string method, string scopes)
    {
        var operation = Operation(path, method);

        Assert.Equal(scopes.Split(' '), RequiredScopes(operation)!.Order());
        Assert.Null(operation["x-opencx-full-access"]);
        AssertHas401And403(operation);
    }

    [Theory]
    [InlineData("/organization", "delete")]
    [InlineData("/widget/{id}/settings", "put")]
    [InlineData("/mvc/organization", "get")]
    public void A_full_access_operation_has_an_empty_requirement_and_the_full_access_flag(string path, string method)
    {
        var operation = Operation(path, method);

        Assert.Empty(RequiredScopes(operation)!);
        Assert.True((bool)operation["x-opencx-full-access"]!);
        AssertHas401And403(operation);
    }

    [Theory]
    [InlineData("/health", "get")]
    [InlineData("/teams/status", "get")]
    [InlineData("/mvc/organization/status", "get")]
    [InlineData("/unlisted", "get")]
    public void An_anonymous_or_unscoped_operation_has_no_requirement_and_no_401_or_403(string path, string method)
    {
        var operation = Operation(path, method);

        Assert.Null(operation["security"]);
        Assert.Null(operation["x-opencx-full-access"]);
        Assert.Null(operation["responses"]!["401"]);
        Assert.Null(operation["responses"]!["403"]);
    }

    [Fact]
    public void Every_operation_of_the_app_is_in_the_document()
    {
        var operations = document["paths"]!.AsObject().Sum(path => path.Value!.AsObject().Count(IsOperation));

        Assert.Equal(app.OperationCount, operations);
        Assert.True(operations >= 20);
    }

    private JsonObject Operation(string path, string method)
    {
        var paths = document["paths"]!.AsObject();
        var key = paths.Select(p => p.Key).SingleOrDefault(k => Normalise(k) == path);
        Assert.True(key is not null, $"{path} is not in the document: {string.Join(", ", paths.Select(p => p.Key))}");
        return paths[key]![method]!.AsObject();
    }

    // Route constraints stay out of OpenAPI paths, and a trailing slash of a group's "/" may stay.
    private static string Normalise(string path) => path.Length > 1 ? path.TrimEnd('/') : path;

    private static bool IsOperation(System.Collections.Generic.KeyValuePair<string, JsonNode?> member) =>
        member.Key is "get" or "put" or "post" or "delete" or "patch" or "head" or "options";

    internal static string[]? RequiredScopes(JsonObject operation)
    {
        var security = operation["security"]?.AsArray();
        if (security is null)
        {
            return null;
        }

        var requirement = Assert.Single(security)!.AsObject();
        Assert.Equal("OpenCxApiKey", Assert.Single(requirement).Key);
        return requirement["OpenCxApiKey"]!.AsArray().Select(scope => (string)scope!).ToArray();
    }

    private static void AssertHas401And403(JsonObject operation)
    {
        Assert.NotNull(operation["responses"]!["401"]!["description"]);
        Assert.NotNull(operation["responses"]!["403"]!["description"]);
        Assert.NotNull(operation["responses"]!["200"] ?? operation["responses"]!["201"] ?? operation["responses"]!["204"]);
    }
}
