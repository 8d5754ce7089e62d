using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenCx.Scopes.OpenApi.Tests.App;

/// <summary>The minimal-API half of the scoped app.</summary>
internal static class ScopedMinimalApis
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/contacts", () => "contacts").RequireScope("contacts:read");
        app.MapGet("/contacts/{id:guid}", (Guid id) => "contact").RequireScope("contacts:read");
        app.MapPost("/contacts", () => Results.Created("/contacts/1", "created")).RequireScope("contacts:write");
        app.MapGet("/tags", [RequiresScope("tags:read")] () => "tags");
        app.MapGet("/reports", () => "report")
            .RequireScope("insights:read")
            .RequireScope("contacts:read")
            .RequireScope("tags:read");
        app.MapDelete("/organization", () => Results.NoContent()).RequireFullAccess();
        app.MapGet("/health", () => "healthy").AllowAnonymous();
        app.MapGet("/unlisted", () => "no OpenCX requirement");

        var teams = app.MapGroup("/teams").RequireScope("teams:read");
        teams.MapGet("/", () => "teams");
        teams.MapPost("/", () => Results.Created("/teams/1", "created")).RequireScope("teams:write");
        teams.MapGet("/status", () => "up").AllowAnonymous();

        var widget = app.MapGroup("/widget").RequireFullAccess();
        widget.MapPut("/{id:int}/settings", (int id) => Results.NoContent());
    }
}
