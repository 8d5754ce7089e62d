using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.CodeFixes.Fixes;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Fixes;

public sealed class EndpointWithoutScopeFixerTests
{
    [Fact]
    public Task Get_action_gets_the_read_scope_of_its_controller_resource() =>
        FixAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using OpenCx.Scopes;

            public class ContactsController : ControllerBase
            {
                /// <summary>One contact.</summary>
                [HttpGet("{id}")]
                public IActionResult {|#0:Get|}(int id) => Ok(id);
            }
            """,
            """
            using Microsoft.AspNetCore.Mvc;
            using OpenCx.Scopes;

            public class ContactsController : ControllerBase
            {
                /// <summary>One contact.</summary>
                [HttpGet("{id}")]
                [RequiresScope(OpenCxScopes.Contacts.Read)]
                public IActionResult Get(int id) => Ok(id);
            }
            """,
            Missing(0, "GET /{id} (ContactsController.Get)"));

    [Fact]
    public Task Post_action_without_attributes_gets_the_write_scope_and_the_using() =>
        FixAsync(
            """
            using Microsoft.AspNetCore.Mvc;

            [Route("api/v1/chat-sessions")]
            public class SessionsController : ControllerBase
            {
                public IActionResult {|#0:Close|}() => Ok();

                [HttpPost]
                public IActionResult {|#1:Start|}() => Ok();
            }
            """,
            """
            using Microsoft.AspNetCore.Mvc;
            using OpenCx.Scopes;

            [Route("api/v1/chat-sessions")]
            public class SessionsController : ControllerBase
            {
                [RequiresScope(OpenCxScopes.ChatSessions.Write)]
                public IActionResult Close() => Ok();

                [HttpPost]
                [RequiresScope(OpenCxScopes.ChatSessions.Write)]
                public IActionResult Start() => Ok();
            }
            """,
            Missing(0, "/api/v1/chat-sessions (SessionsController.Close)"),
            Missing(1, "POST /api/v1/chat-sessions (SessionsController.Start)"));

    [Fact]
    public Task Minimal_api_endpoint_gets_RequireScope_from_its_group_prefix() =>
        FixAsync(
            """
            using Microsoft.AspNetCore.Builder;

            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    var sessions = app.MapGroup("/chat-sessions");
                    sessions.{|#0:MapGet|}("/{id}", (int id) => id).WithName("GetSession");
                    sessions.{|#1:MapDelete|}("/{id}", (int id) => id);
                }
            }
            """,
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    var sessions = app.MapGroup("/chat-sessions");
                    sessions.MapGet("/{id}", (int id) => id).RequireScope(OpenCxScopes.ChatSessions.Read).WithName("GetSession");
                    sessions.MapDelete("/{id}", (int id) => id).RequireScope(OpenCxScopes.ChatSessions.Write);
                }
            }
            """,
            Missing(0, "GET /chat-sessions/{id}"),
            Missing(1, "DELETE /chat-sessions/{id}"));

    [Fact]
    public async Task Several_guesses_give_several_fixes()
    {
        var test = Test(
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            public static class Api
            {
                public static void Map(WebApplication app) =>
                    app.{|#0:MapGet|}("/contacts/{id}/tags", (int id) => id);
            }
            """,
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            public static class Api
            {
                public static void Map(WebApplication app) =>
                    app.MapGet("/contacts/{id}/tags", (int id) => id).RequireScope(OpenCxScopes.Contacts.Read);
            }
            """,
            Missing(0, "GET /contacts/{id}/tags"));
        test.CodeActionIndex = 1;
        test.CodeActionEquivalenceKey = "OCX0001:contacts:read";
        await test.RunAsync();
    }

    [Fact]
    public async Task Full_access_is_offered_last()
    {
        var test = Test(
            """
            using Microsoft.AspNetCore.Mvc;
            using OpenCx.Scopes;

            public class TagsController : ControllerBase
            {
                [HttpDelete]
                public IActionResult {|#0:Purge|}() => Ok();
            }
            """,
            """
            using Microsoft.AspNetCore.Mvc;
            using OpenCx.Scopes;

            public class TagsController : ControllerBase
            {
                [HttpDelete]
                [RequiresFullAccess]
                public IActionResult Purge() => Ok();
            }
            """,
            Missing(0, "DELETE (TagsController.Purge)"));
        test.CodeActionIndex = 1;
        test.CodeActionEquivalenceKey = EndpointWithoutScopeFixer.FullAccessKey;
        await test.RunAsync();
    }

    [Fact]
    public async Task Unknown_resource_offers_only_full_access()
    {
        var test = Test(
            """
            using Microsoft.AspNetCore.Builder;

            public static class Api
            {
                public static void Map(WebApplication app) => app.{|#0:MapPost|}("/billing/invoices", () => "ok");
            }
            """,
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            public static class Api
            {
                public static void Map(WebApplication app) => app.MapPost("/billing/invoices", () => "ok").RequireFullAccess();
            }
            """,
            Missing(0, "POST /billing/invoices"));
        test.CodeActionEquivalenceKey = EndpointWithoutScopeFixer.FullAccessKey;
        await test.RunAsync();
    }

    [Fact]
    public Task Inherited_action_gets_the_attribute_on_the_derived_controller() =>
        FixAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using OpenCx.Scopes;

            public abstract class CrudController : ControllerBase
            {
                [HttpGet]
                public IActionResult List() => Ok();
            }

            [Route("teams")]
            public class {|#0:TeamsController|} : CrudController
            {
            }
            """,
            """
            using Microsoft.AspNetCore.Mvc;
            using OpenCx.Scopes;

            public abstract class CrudController : ControllerBase
            {
                [HttpGet]
                public IActionResult List() => Ok();
            }

            [Route("teams")]
            [RequiresScope(OpenCxScopes.Teams.Read)]
            public class TeamsController : CrudController
            {
            }
            """,
            Missing(0, "GET /teams (TeamsController.List)"));

    [Fact]
    public async Task Fix_all_in_project_fixes_every_document()
    {
        var test = new ScopesCodeFixTest<EndpointWithoutScopeAnalyzer, EndpointWithoutScopeFixer>
        {
            CodeActionEquivalenceKey = EndpointWithoutScopeFixer.BestGuessKey,
        };
        test.TestState.Sources.Add(("/0/Test0.cs", """
            using Microsoft.AspNetCore.Mvc;

            public class ContactsController : ControllerBase
            {
                [HttpGet]
                public IActionResult {|#0:List|}() => Ok();

                [HttpPut]
                public IActionResult {|#1:Update|}() => Ok();
            }
            """));
        test.TestState.Sources.Add(("/0/Test1.cs", """
            using Microsoft.AspNetCore.Builder;

            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    app.{|#2:MapGet|}("/tags", () => "all");
                    app.{|#3:MapPost|}("/billing", () => "ok");
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Test0.cs", """
            using Microsoft.AspNetCore.Mvc;
            using OpenCx.Scopes;

            public class ContactsController : ControllerBase
            {
                [HttpGet]
                [RequiresScope(OpenCxScopes.Contacts.Read)]
                public IActionResult List() => Ok();

                [HttpPut]
                [RequiresScope(OpenCxScopes.Contacts.Write)]
                public IActionResult Update() => Ok();
            }
            """));
        test.FixedState.Sources.Add(("/0/Test1.cs", """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/tags", () => "all").RequireScope(OpenCxScopes.Tags.Read);
                    app.{|#0:MapPost|}("/billing", () => "ok");
                }
            }
            """));
        test.TestState.ExpectedDiagnostics.AddRange(new[]
        {
            Missing(0, "GET (ContactsController.List)"),
            Missing(1, "PUT (ContactsController.Update)"),
            Missing(2, "GET /tags"),
            Missing(3, "POST /billing"),
        });

        // The endpoint with no guess keeps its warning: Fix All applies each endpoint's own best guess, never full access.
        test.FixedState.ExpectedDiagnostics.Add(Missing(0, "POST /billing"));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync();
    }

    private static ScopesCodeFixTest<EndpointWithoutScopeAnalyzer, EndpointWithoutScopeFixer> Test(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new ScopesCodeFixTest<EndpointWithoutScopeAnalyzer, EndpointWithoutScopeFixer> { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    private static Task FixAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        Test(source, fixedSource, expected).RunAsync();

    private static DiagnosticResult Missing(int location, string endpoint) =>
        new DiagnosticResult(EndpointWithoutScopeAnalyzer.Rule).WithLocation(location).WithArguments(endpoint);
}
