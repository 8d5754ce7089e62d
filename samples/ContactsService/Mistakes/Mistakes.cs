// Compiled only with -p:ShowMistakes=true: each OpenCx.Scopes rule fires once here, on the line
// whose trailing comment names it (the integration tests check exactly that).
using Microsoft.AspNetCore.Mvc;
using OpenCx.Scopes;

namespace ContactsService.Mistakes;

[ApiController]
[Route("chat-sessions")]
public sealed class ChatSessionsController : ControllerBase
{
    [HttpGet]
    public string List() => "[]"; // OCX0001: an endpoint with no scope requirement

    [HttpGet("{id}/contact")]
    [RequiresScope("contact:read")] // OCX0002: no resource 'contact'; did you mean 'contacts:read'?
    public string Contact(string id) => id;

    [HttpPost("{id}/close")]
    [RequiresScope(OpenCxScopes.ChatSessions.Read)] // OCX0004: a POST endpoint that requires only a read scope
    public string Close(string id) => id;

    [HttpDelete("{id}")]
    [RequiresScope("chat-sessions:write")] // OCX0005: a literal where OpenCxScopes.ChatSessions.Write exists
    public string Delete(string id) => id;
}

public static class ReportEndpoints
{
    public static void MapReports(this IEndpointRouteBuilder app, string scopeFromSettings) =>
        app.MapGet("/reports", () => "[]").RequireScope(scopeFromSettings); // OCX0006: a scope that can't be checked at build time
}

public sealed class AuditRoutes
{
    private RouteGroupBuilder audit = null!;

    public void Map(IEndpointRouteBuilder app)
    {
        audit = app.MapGroup("/audit");
        audit.MapGet("/", () => "[]"); // OCX0007: its group lives in a field, where any code could add a scope out of sight
    }
}

public sealed class CrmClient(HttpClient http)
{
    private const string ApiKey = "ocx_test_4f9c2b7e1d8a6305c7e2b9f14a6d8c03"; // OCX0003: a hard-coded API key (made up)

    public Task<string> ContactsAsync()
    {
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKey);
        return http.GetStringAsync("https://api.opencx.ai/contacts");
    }
}
