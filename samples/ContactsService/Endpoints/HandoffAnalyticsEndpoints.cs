using OpenCx.Scopes;

namespace ContactsService.Endpoints;

internal static class HandoffAnalyticsEndpoints
{
    // Handoff analytics is read-only: there is no OpenCxScopes.HandoffAnalytics.Write.
    public static RouteGroupBuilder MapHandoffAnalytics(this RouteGroupBuilder group)
    {
        group.RequireScope(OpenCxScopes.HandoffAnalytics.Read);
        group.MapGet("/summary", () => new { handoffs = 42, medianMinutes = 3.5 });
        return group;
    }
}
