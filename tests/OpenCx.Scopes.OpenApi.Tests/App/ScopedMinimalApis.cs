using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.OpenApi.Tests.App;

/// <summary>The run-time tests' minimal APIs, and a few endpoints that only the OpenAPI document makes interesting.</summary>
internal static class ScopedMinimalApis
{
    public static void Map(IEndpointRouteBuilder app)
    {
        MinimalApiEndpoints.Map(app);
        app.MapGet("/contacts/{id:guid}", (Guid id) => "contact").RequireScope("contacts:read");
        app.MapGet("/unlisted", () => "no OpenCX requirement");
        var widget = app.MapGroup("/widget").RequireFullAccess();
        widget.MapPut("/{id:int}/settings", (int id) => Results.NoContent());
    }
}
