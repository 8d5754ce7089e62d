using System.Collections.Generic;

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>
/// Realistic sources the mutators start from: what OpenCX services and integrations look like, with
/// compliant and non-compliant endpoints side by side so every rule has something to chew on.
/// </summary>
internal static class SeedCorpus
{
    public const string Controllers = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;
        using OpenCx.Scopes;

        namespace Service.Controllers;

        public sealed record Contact(string Id, string Email);

        [ApiController]
        [Route("api/contacts")]
        [RequiresScope(OpenCxScopes.Contacts.Read)]
        public class ContactsController : ControllerBase
        {
            private readonly List<Contact> contacts = new();

            [HttpGet]
            public IEnumerable<Contact> List() => contacts;

            [HttpGet("{id}")]
            public ActionResult<Contact> Get(string id) => contacts.Find(c => c.Id == id) is { } c ? c : NotFound();

            [HttpPost]
            [RequiresScope(OpenCxScopes.Contacts.Write)]
            public async Task<IActionResult> Create([FromBody] Contact contact)
            {
                await Task.Yield();
                contacts.Add(contact);
                return CreatedAtAction(nameof(Get), new { id = contact.Id }, contact);
            }

            [HttpDelete("{id}"), RequiresScope("contacts:read")]
            public IActionResult Delete(string id) => contacts.RemoveAll(c => c.Id == id) > 0 ? NoContent() : NotFound();
        }

        [Route("api/tags")]
        public class TagsController : Controller
        {
            private const string Scope = "tags:write";

            [HttpGet]
            public string[] All() => new[] { "vip" };

            [HttpPut("{name}")]
            [RequiresScope(Scope)]
            public IActionResult Rename(string name, [FromQuery] string to) => Ok(to);

            [HttpPatch, RequiresScope("tag:write")]
            public IActionResult Patch() => Ok();

            [AllowAnonymous, HttpGet("health")]
            public IActionResult Health() => Ok("ok");

            [NonAction]
            public void Helper() { }
        }

        [RequiresFullAccess]
        public abstract class AdminControllerBase : ControllerBase
        {
            [HttpPost("rotate")]
            public virtual IActionResult Rotate() => Ok();
        }

        [Route("api/admin")]
        public sealed class AdminController : AdminControllerBase
        {
            [AcceptVerbs("GET", "HEAD")]
            [RequiresScope(OpenCxScopes.Organization.Write)]
            public IActionResult Settings() => Ok();

            [HttpGet("handoff")]
            [RequiresScope("handoff-analytics:write")]
            public IActionResult Handoff(string scope) => Ok(new RequiresScopeAttribute(scope));
        }
        """;

    public const string MinimalApi = """
        using System;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.AspNetCore.Authorization;
        using OpenCx.Scopes;

        namespace Service;

        public static class Endpoints
        {
            public static void Map(WebApplication app, string dynamicScope)
            {
                app.MapGet("/contacts", () => Results.Ok()).RequireScope(OpenCxScopes.Contacts.Read);
                app.MapPost("/contacts", [RequiresScope("contacts:write")] (string email) => Results.Created("/contacts/1", email));
                app.MapDelete("/contacts/{id}", (string id) => Results.NoContent()).RequireScope("contacts:read");
                app.MapGet("/health", () => "ok").AllowAnonymous();
                app.MapGet("/unscoped", () => "oops");
                app.MapMethods("/sessions", new[] { "GET", "HEAD" }, () => Results.Ok()).RequireScope(OpenCxScopes.ChatSessions.Write);
                app.MapPut("/org", () => Results.Ok()).RequireScope(dynamicScope);
                app.Map("/any", () => Results.Ok()).RequireFullAccess();

                var tags = app.MapGroup("/tags").RequireScope(OpenCxScopes.Tags.Read);
                tags.MapGet("/", () => Results.Ok());
                tags.MapPatch("/{id}", (int id) => Results.Ok(id));

                var admin = app.MapGroup("/admin");
                admin.RequireFullAccess();
                admin.MapPost("/rotate", Rotate);
                MapWidgets(app.MapGroup("/widgets"));
            }

            private static void MapWidgets(RouteGroupBuilder group)
            {
                group.MapGet("/", () => Results.Ok()).RequireScope("widget:read");
                group.MapPost("/", () => Results.Ok()).RequireScope("Widget:Write");
            }

            [RequiresScope(OpenCxScopes.Organization.Write)]
            private static IResult Rotate(HttpContext context) => Results.Ok(context.TraceIdentifier);
        }
        """;

    public const string HttpClientWithKeys = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Threading.Tasks;

        namespace Integration;

        public sealed class OpenCxClient
        {
            private const string ApiKey = "ocx_live_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c";
            private static readonly string TestKey = "ocx_test_00112233445566778899aabbccddeeff";
            private const string Placeholder = "<your-api-key>";
            private const string Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
            private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.open.cx/") };

            public OpenCxClient(string? apiKey = null)
            {
                var secret = apiKey ?? Environment.GetEnvironmentVariable("OPENCX_API_KEY") ?? "sk_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
                http.DefaultRequestHeaders.Add("Authorization", "Bearer ocx_live_ffeeddccbbaa99887766554433221100");
                http.DefaultRequestHeaders.Add("X-Request-Id", "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
            }

            public Task<string> ContactsAsync() => http.GetStringAsync("contacts?token=" + Placeholder);

            public static OpenCxClient Default { get; } = new(ApiKey + TestKey + Jwt);

            public string Sha256 => "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        }
        """;

    public static IReadOnlyList<(string Name, string Source)> All { get; } = new[]
    {
        (nameof(Controllers), Controllers),
        (nameof(MinimalApi), MinimalApi),
        (nameof(HttpClientWithKeys), HttpClientWithKeys),
    };
}
