// Compiled only with -p:ShowMistakes=true: each OpenCx.Scopes rule fires once here.
using Microsoft.AspNetCore.Mvc;
using OpenCx.Scopes;

namespace ContactsService.Mistakes;

[ApiController]
[Route("sessions")]
public sealed class ChatSessionsController : ControllerBase
{
    // OCX0001: an endpoint with no scope requirement.
    [HttpGet]
    public string List() => "[]";

    // OCX0002: handoff analytics only supports read.
    [HttpGet("handoffs")]
    [RequiresScope("handoff-analytics:write")]
    public string Handoffs() => "[]";

    // OCX0004: a POST endpoint that requires only a read scope.
    [HttpPost]
    [RequiresScope(OpenCxScopes.ChatSessions.Read)]
    public string Close() => "closed";

    // OCX0005: a literal where OpenCxScopes.ChatSessions.Write exists.
    [HttpDelete("{id}")]
    [RequiresScope("chat-sessions:write")]
    public string Delete(string id) => id;
}

public static class MistakenEndpoints
{
    // OCX0006: a scope that can't be checked at build time.
    public static void MapReports(this IEndpointRouteBuilder app, string scopeFromSettings) =>
        app.MapGet("/reports", () => "[]").RequireScope(scopeFromSettings);
}

public sealed class CrmClient(HttpClient http)
{
    // OCX0003: a hard-coded API key (a made-up test key).
    private const string ApiKey = "ocx_test_4f9c2b7e1d8a6305c7e2b9f14a6d8c03";

    public Task<string> ContactsAsync()
    {
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKey);
        return http.GetStringAsync("https://api.opencx.ai/contacts");
    }
}
