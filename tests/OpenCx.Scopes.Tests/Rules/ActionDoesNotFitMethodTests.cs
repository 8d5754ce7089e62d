using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Rules;

public sealed class ActionDoesNotFitMethodTests
{
    private const string ControllerUsings = """
        using Microsoft.AspNetCore.Mvc;
        using OpenCx.Scopes;

        """;

    private const string MinimalUsings = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using OpenCx.Scopes;

        """;

    [Fact]
    public Task Write_action_with_only_read_scopes_is_reported_at_the_scope() =>
        VerifyAsync(
            ControllerUsings + """
            [Route("contacts")]
            public class ContactsController : ControllerBase
            {
                [HttpPost]
                [RequiresScope({|#0:OpenCxScopes.Contacts.Read|})]
                public IActionResult Create() => Ok();

                [HttpDelete("{id}")]
                [RequiresScope({|#1:"contacts:read"|})]
                public IActionResult Delete(int id) => NoContent();

                [HttpPut("{id}")]
                [RequiresScope(OpenCxScopes.Contacts.Read)]
                [RequiresScope(OpenCxScopes.Contacts.Write)]
                public IActionResult Update(int id) => NoContent();

                [HttpPatch("{id}")]
                [RequiresScope(OpenCxScopes.Contacts.Write)]
                public IActionResult Patch(int id) => NoContent();
            }
            """,
            Misfit(0, "POST /contacts (ContactsController.Create)", "POST", "contacts:read", "read", "write"),
            Misfit(1, "DELETE /contacts/{id} (ContactsController.Delete)", "DELETE", "contacts:read", "read", "write"));

    [Fact]
    public Task Read_action_with_only_write_scopes_is_reported() =>
        VerifyAsync(
            ControllerUsings + """
            public class TagsController : ControllerBase
            {
                [HttpGet]
                [RequiresScope({|#0:OpenCxScopes.Tags.Write|})]
                public IActionResult List() => Ok();

                [HttpHead]
                [AcceptVerbs("GET", "HEAD")]
                [RequiresScope({|#1:OpenCxScopes.Tags.Write|})]
                public IActionResult Exists() => Ok();

                [HttpGet("{id}")]
                [RequiresScope(OpenCxScopes.Tags.Read)]
                public IActionResult Get(int id) => Ok();
            }
            """,
            Misfit(0, "GET (TagsController.List)", "GET", "tags:write", "write", "read"),
            Misfit(1, "HEAD, GET (TagsController.Exists)", "HEAD, GET", "tags:write", "write", "read"));

    [Fact]
    public Task Endpoint_without_a_method_constraint_is_never_reported() =>
        VerifyAsync(ControllerUsings + MinimalUsings.Replace("using OpenCx.Scopes;", string.Empty) + """
            public class WebhooksController : ControllerBase
            {
                [RequiresScope(OpenCxScopes.Actions.Read)]
                public IActionResult Receive() => Ok();

                [Route("ping")]
                [RequiresScope(OpenCxScopes.Actions.Write)]
                public IActionResult Ping() => Ok();

                [HttpGet("status")]
                [Route("status-any")]
                [RequiresScope(OpenCxScopes.Actions.Write)]
                public IActionResult Status() => Ok();

                [HttpGet, HttpPost]
                [RequiresScope(OpenCxScopes.Actions.Read)]
                public IActionResult Mixed() => Ok();

                [HttpOptions]
                [RequiresScope(OpenCxScopes.Actions.Write)]
                public IActionResult Options() => Ok();
            }

            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    app.Map("/hook", () => "ok").RequireScope(OpenCxScopes.Actions.Write);
                    app.MapMethods("/both", new[] { "GET", "POST" }, () => "ok").RequireScope(OpenCxScopes.Actions.Read);
                    app.MapMethods("/any", Methods(), () => "ok").RequireScope(OpenCxScopes.Actions.Read);
                }

                private static string[] Methods() => new[] { "POST" };
            }
            """);

    [Fact]
    public Task Route_attribute_with_a_method_attribute_without_template_keeps_the_method() =>
        VerifyAsync(
            ControllerUsings + """
            public class CrawlController : ControllerBase
            {
                [Route("crawl/start")]
                [HttpPost]
                [RequiresScope({|#0:OpenCxScopes.Crawl.Read|})]
                public IActionResult Start() => Ok();
            }
            """,
            Misfit(0, "POST /crawl/start (CrawlController.Start)", "POST", "crawl:read", "read", "write"));

    [Fact]
    public Task Full_access_anonymous_or_non_constant_scopes_are_left_alone() =>
        VerifyAsync(ControllerUsings + MinimalUsings.Replace("using OpenCx.Scopes;", string.Empty) + """
            public class SequencesController : ControllerBase
            {
                [HttpPost]
                [RequiresScope(OpenCxScopes.Sequences.Read)]
                [RequiresFullAccess]
                public IActionResult Create() => Ok();

                [HttpDelete]
                [RequiresScope(OpenCxScopes.Sequences.Read)]
                [Microsoft.AspNetCore.Authorization.AllowAnonymous]
                public IActionResult Delete() => Ok();
            }

            public static class Api
            {
                public static void Map(WebApplication app, string scope)
                {
                    app.MapPost("/sequences", () => "ok").RequireScope(scope);
                    app.MapPost("/sequences/{id}", (int id) => id).RequireScope(OpenCxScopes.Sequences.Read).RequireScope(scope);
                    app.MapPut("/sequences", () => "ok").RequireScope("contacts");
                }
            }
            """);

    [Fact]
    public Task Minimal_api_scopes_from_the_chain_the_handler_and_the_group() =>
        VerifyAsync(
            MinimalUsings + """
            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    app.MapPost("/contacts", () => "created").RequireScope({|#0:OpenCxScopes.Contacts.Read|});
                    app.MapGet("/contacts", [RequiresScope({|#1:OpenCxScopes.Contacts.Write|})] () => "all");
                    app.MapMethods("/contacts", new[] { HttpMethods.Put, "patch" }, () => "ok").WithMetadata(new RequiresScopeAttribute({|#2:"contacts:read"|}));

                    var tags = app.MapGroup("/tags").RequireScope({|#3:OpenCxScopes.Tags.Read|});
                    tags.MapGet("/", () => "all");
                    tags.MapDelete("/{id}", (int id) => id);
                    tags.MapPost("/", () => "created").RequireScope(OpenCxScopes.Tags.Write);
                }
            }
            """,
            Misfit(0, "POST /contacts", "POST", "contacts:read", "read", "write"),
            Misfit(1, "GET /contacts", "GET", "contacts:write", "write", "read"),
            Misfit(2, "PUT, PATCH /contacts", "PUT, PATCH", "contacts:read", "read", "write"),
            Misfit(3, "DELETE /tags/{id}", "DELETE", "tags:read", "read", "write"));

    [Fact]
    public Task Inherited_class_scope_is_reported_where_it_is_written() =>
        VerifyAsync(
            ControllerUsings + """
            [RequiresScope({|#0:OpenCxScopes.Teams.Read|})]
            public class TeamsController : ControllerBase
            {
                [HttpGet]
                public IActionResult List() => Ok();

                [HttpPost]
                public IActionResult Create() => Ok();

                [HttpPut]
                [RequiresScope(OpenCxScopes.Teams.Write)]
                public IActionResult Update() => Ok();
            }
            """,
            Misfit(0, "POST (TeamsController.Create)", "POST", "teams:read", "read", "write"));

    [Fact]
    public async Task Half_typed_code_gives_no_analyzer_error()
    {
        var test = new ScopesAnalyzerTest<ActionDoesNotFitMethodAnalyzer>
        {
            TestCode = ControllerUsings + MinimalUsings.Replace("using OpenCx.Scopes;", string.Empty) + """
                public class ContactsController : ControllerBase
                {
                    [HttpPost]
                    [RequiresScope(OpenCxScopes.Contacts.]
                    public IActionResult Create() => Ok();

                    [HttpDelete]
                    [RequiresScope({|#0:OpenCxScopes.Contacts.Read|}
                    public IActionResult Delete() => Ok();

                    [AcceptVerbs("POST", null)]
                    [RequiresScope(OpenCxScopes.Contacts.Read)]
                    public IActionResult Odd() => Ok();
                }

                public static class Api
                {
                    public static void Map(WebApplication app)
                    {
                        app.MapPost("/x", () => 1).RequireScope(OpenCxScopes.Contacts.);
                        app.MapPost("/y", () => 1).RequireScope(;
                        app.MapMethods("/z", new[] { "POST", }, () => 1).RequireScope(OpenCxScopes.Tags.Read, 2);
                        app.MapPost("/w", ).RequireScope(OpenCxScopes.Tags.Read);
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };

        // Only the attribute missing its bracket still states a whole scope; nothing may throw (an AD0001 would be unexpected).
        test.ExpectedDiagnostics.Add(Misfit(0, "DELETE (ContactsController.Delete)", "DELETE", "contacts:read", "read", "write"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Generated_code_is_ignored()
    {
        var test = new ScopesAnalyzerTest<ActionDoesNotFitMethodAnalyzer> { TestCode = "public static class Empty { }" };
        test.TestState.Sources.Add(("/0/Endpoints.g.cs", MinimalUsings + """
            // <auto-generated/>
            public static class GeneratedApi
            {
                public static void Map(WebApplication app) => app.MapPost("/x", () => 1).RequireScope(OpenCxScopes.Contacts.Read);
            }
            """));
        await test.RunAsync();
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify<ActionDoesNotFitMethodAnalyzer>.AnalyzerAsync(source, expected);

    private static DiagnosticResult Misfit(int location, string endpoint, string methods, string scope, string grants, string needs) =>
        Verify<ActionDoesNotFitMethodAnalyzer>.Diagnostic().WithLocation(location).WithArguments(endpoint, methods, scope, grants, needs);
}
