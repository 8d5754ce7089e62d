using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using OpenCx.Scopes.OpenApi.Tests.App;

namespace OpenCx.Scopes.OpenApi.Tests;

/// <summary>A requirement on MapControllers() is in the routed endpoints only, not in the action descriptors.</summary>
public sealed class ControllerConventionTests
{
    [Fact]
    public async Task A_scope_required_on_MapControllers_is_in_every_controller_operation_and_not_in_minimal_APIs()
    {
        await using var app = await ScopedApp.StartAsync(controllers => controllers.RequireScope("widget:read"));
        var document = await app.DocumentAsync();

        var contacts = document["paths"]!["/mvc/contacts"]!["get"]!.AsObject();
        var minimal = document["paths"]!["/contacts"]!["get"]!.AsObject();

        Assert.Equal(["contacts:read", "widget:read"], OpenApiDocumentTests.RequiredScopes(contacts)!.Order());
        Assert.Equal(["contacts:read"], OpenApiDocumentTests.RequiredScopes(minimal)!);
    }

    [Fact]
    public async Task The_catalog_scopes_given_are_the_ones_the_scheme_lists()
    {
        await using var app = await ScopedApp.StartAsync(openApi: options => options.AddOpenCxScopes(["billing:read"]));
        var document = await app.DocumentAsync();

        var description = (string)document["components"]!["securitySchemes"]!["OpenCxApiKey"]!["description"]!;
        Assert.Contains("`billing:read`", description);
    }
}
