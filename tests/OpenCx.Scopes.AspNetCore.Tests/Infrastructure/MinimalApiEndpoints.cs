using System.Linq;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

/// <summary>The minimal-API half of the test service.</summary>
internal static class MinimalApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/contacts", () => "contacts").RequireScope("contacts:read");
        app.MapPost("/contacts", () => Results.Created("/contacts/1", "created")).RequireScope("contacts:write");
        app.MapGet("/tags", [RequiresScope("tags:read")] () => "tags");
        app.MapGet("/handoff-analytics", () => "analytics").RequireScope("handoff-analytics:read");
        app.MapGet("/reports", () => "report")
            .RequireScope("insights:read")
            .RequireScope("contacts:read")
            .RequireScope("tags:read");
        app.MapDelete("/organization", () => Results.NoContent()).RequireFullAccess();
        app.MapGet("/health", () => "healthy").AllowAnonymous();
        app.MapGet("/whoami", (ClaimsPrincipal user, HttpContext context) =>
                string.Join("\n", user.Claims.Select(claim => $"{claim.Type}={claim.Value}")))
            .RequireScope("contacts:read");

        var teams = app.MapGroup("/teams").RequireScope("teams:read");
        teams.MapGet("/", () => "teams");
        teams.MapPost("/", () => Results.Created("/teams/1", "created")).RequireScope("teams:write");
        teams.MapGet("/status", () => "up").AllowAnonymous();
    }
}
