using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Rules;

public sealed class EndpointWithoutScopeTests
{
    private const string ControllerUsings = """
        using System;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;
        using OpenCx.Scopes;

        """;

    private const string MinimalUsings = """
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;
        using OpenCx.Scopes;

        """;

    [Fact]
    public Task Action_without_requirement_is_reported_on_its_name() =>
        VerifyAsync(
            ControllerUsings + """
            [ApiController]
            [Route("contacts")]
            public class ContactsController : ControllerBase
            {
                [HttpGet("{id}")]
                public IActionResult {|#0:Get|}(int id) => Ok(id);

                [HttpPost]
                [RequiresScope(OpenCxScopes.Contacts.Write)]
                public IActionResult Create() => Ok();

                [HttpDelete("{id}")]
                [RequiresFullAccess]
                public IActionResult Delete(int id) => NoContent();

                [HttpGet("public")]
                [AllowAnonymous]
                public IActionResult Public() => Ok();
            }
            """,
            Missing(0, "GET /contacts/{id} (ContactsController.Get)"));

    [Fact]
    public Task The_message_names_the_method_and_route_as_ASP_NET_Core_builds_them() =>
        VerifyAsync(ControllerUsings + """
            [ApiController]
            [Route("api/[controller]")]
            public class ChatSessionsController : ControllerBase
            {
                [HttpGet("{id}/[action]")]
                public IActionResult {|#0:Transcript|}(string id) => Ok();

                [HttpGet("~/health")]
                public IActionResult {|#1:Health|}() => Ok();

                [AcceptVerbs("PUT", "PATCH", Route = "{id}")]
                public IActionResult {|#2:Update|}(string id) => Ok();

                public IActionResult {|#3:Close|}() => Ok();
            }
            """,
            Missing(0, "GET /api/ChatSessions/{id}/Transcript (ChatSessionsController.Transcript)"),
            Missing(1, "GET /health (ChatSessionsController.Health)"),
            Missing(2, "PUT, PATCH /api/ChatSessions/{id} (ChatSessionsController.Update)"),
            Missing(3, "/api/ChatSessions (ChatSessionsController.Close)"));

    [Fact]
    public Task Requirement_on_the_controller_or_a_base_class_covers_every_action() =>
        VerifyAsync(ControllerUsings + """
            [RequiresScope(OpenCxScopes.Tags.Read)]
            public class TagsController : ControllerBase
            {
                [HttpGet]
                public IActionResult List() => Ok();
            }

            [RequiresFullAccess]
            public abstract class AdminControllerBase : ControllerBase
            {
            }

            public class OrganizationController : AdminControllerBase
            {
                [HttpPut]
                public IActionResult Update() => Ok();
            }

            [AllowAnonymous]
            public class HealthController : Controller
            {
                public IActionResult Index() => Ok();
            }
            """);

    [Fact]
    public Task Inherited_action_is_reported_once_per_derived_controller_on_its_name() =>
        VerifyAsync(
            ControllerUsings + """
            public abstract class CrudController : ControllerBase
            {
                [HttpGet]
                public IActionResult List() => Ok();

                [HttpPost]
                [RequiresScope(OpenCxScopes.Contacts.Write)]
                public IActionResult Create() => Ok();
            }

            public class {|#0:ContactsController|} : CrudController
            {
            }

            [RequiresScope(OpenCxScopes.Tags.Read)]
            public class TagsController : CrudController
            {
            }

            public class {|#1:TeamsController|} : CrudController
            {
                [HttpGet("{id}")]
                public IActionResult {|#2:Get|}(int id) => Ok(id);
            }
            """,
            Missing(0, "GET (ContactsController.List)"),
            Missing(1, "GET (TeamsController.List)"),
            Missing(2, "GET /{id} (TeamsController.Get)"));

    [Fact]
    public Task Requirement_on_an_overridden_action_is_inherited() =>
        VerifyAsync(
            ControllerUsings + """
            public abstract class ReportsControllerBase : ControllerBase
            {
                [HttpGet]
                [RequiresScope(OpenCxScopes.Insights.Read)]
                public virtual IActionResult Summary() => Ok();

                [HttpGet("raw")]
                public virtual IActionResult Raw() => Ok();
            }

            public class ReportsController : ReportsControllerBase
            {
                public override IActionResult Summary() => Ok("more");

                public override IActionResult {|#0:Raw|}() => Ok("raw");
            }
            """,
            Missing(0, "GET /raw (ReportsController.Raw)"));

    [Fact]
    public Task Methods_that_are_not_actions_are_left_alone() =>
        VerifyAsync(ControllerUsings + """
            public class ContactsController : Controller
            {
                [NonAction]
                public IActionResult Helper() => Ok();

                public static IActionResult Create() => null!;

                public T Generic<T>() => default!;

                internal IActionResult Internal() => Ok();

                protected IActionResult Protected() => Ok();

                public override string ToString() => "contacts";

                public string Name { get; set; } = "";

                protected override void Dispose(bool disposing) => base.Dispose(disposing);
            }

            public class DisposableController : ControllerBase, IDisposable
            {
                public void Dispose()
                {
                }
            }
            """);

    [Fact]
    public Task Classes_that_are_not_controllers_are_left_alone() =>
        VerifyAsync(ControllerUsings + """
            [NonController]
            public class LegacyController : ControllerBase
            {
                public IActionResult Get() => Ok();
            }

            public class DerivedLegacyController : LegacyController
            {
                public IActionResult Other() => Ok();
            }

            internal class InternalController : ControllerBase
            {
                public IActionResult Get() => Ok();
            }

            public abstract class AbstractController : ControllerBase
            {
                public IActionResult Get() => Ok();
            }

            public class GenericController<T> : ControllerBase
            {
                public IActionResult Get() => Ok();
            }

            public class Outer
            {
                public class NestedController : ControllerBase
                {
                    public IActionResult Get() => Ok();
                }
            }

            public static class StaticHelpers
            {
                public static string Format(string value) => value;
            }

            public class ContactService
            {
                public string Get() => "";
            }
            """);

    [Fact]
    public Task Poco_controllers_and_the_Controller_attribute_make_controllers() =>
        VerifyAsync(
            ControllerUsings + """
            public class StatusController
            {
                public string {|#0:Get|}() => "ok";
            }

            [Controller]
            public class Reports
            {
                public string {|#1:Daily|}() => "daily";
            }

            [Controller]
            public abstract class ApiBase
            {
            }

            public class Exports : ApiBase
            {
                public string {|#2:Csv|}() => "csv";
            }
            """,
            Missing(0, "StatusController.Get"),
            Missing(1, "Reports.Daily"),
            Missing(2, "Exports.Csv"));

    [Fact]
    public Task Partial_controller_gets_the_requirement_from_any_part() =>
        VerifyAsync(
            ControllerUsings + """
            [RequiresScope(OpenCxScopes.Contacts.Read)]
            public partial class ContactsController : ControllerBase
            {
            }

            public partial class ContactsController
            {
                [HttpGet]
                public IActionResult List() => Ok();
            }

            public partial class TagsController : ControllerBase
            {
                [HttpGet]
                public IActionResult {|#0:List|}() => Ok();
            }

            public partial class TagsController
            {
                [HttpGet("{id}")]
                public IActionResult {|#1:Get|}(int id) => Ok(id);
            }
            """,
            Missing(0, "GET (TagsController.List)"),
            Missing(1, "GET /{id} (TagsController.Get)"));

    [Fact]
    public async Task Generated_code_is_ignored()
    {
        var test = new ScopesAnalyzerTest<EndpointWithoutScopeAnalyzer>
        {
            TestCode = ControllerUsings + """
                public partial class ContactsController : ControllerBase
                {
                    [HttpGet]
                    public IActionResult {|#0:List|}() => Ok();
                }
                """,
        };
        test.TestState.Sources.Add(("/0/ContactsController.g.cs", ControllerUsings + """
            // <auto-generated/>
            public partial class ContactsController
            {
                [HttpGet("{id}")]
                public IActionResult Get(int id) => Ok(id);
            }

            public class GeneratedController : ControllerBase
            {
                public IActionResult Get() => Ok();
            }

            public static class GeneratedEndpoints
            {
                public static void Map(Microsoft.AspNetCore.Builder.WebApplication app) =>
                    Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGet(app, "/generated", () => "x");
            }
            """));
        test.ExpectedDiagnostics.Add(Missing(0, "GET (ContactsController.List)"));
        await test.RunAsync();
    }

    [Fact]
    public Task Minimal_api_endpoint_without_requirement_is_reported_on_the_Map_name() =>
        VerifyAsync(
            MinimalUsings + """
            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    app.{|#0:MapGet|}("/contacts/{id}", (int id) => id);
                    app.{|#1:MapPost|}("/contacts", () => Results.Created());
                    app.{|#2:Map|}("/webhook", () => "ok");
                    app.{|#3:MapMethods|}("/contacts", new[] { "PUT", HttpMethods.Patch }, () => "ok");
                    app.MapGet("/tags", () => "tags").RequireScope(OpenCxScopes.Tags.Read);
                    app.MapDelete("/tags/{id}", (int id) => id).WithName("DeleteTag").RequireFullAccess();
                    app.MapGet("/health", () => "ok").AllowAnonymous();
                    app.MapPut("/teams", () => "ok").WithMetadata(new RequiresScopeAttribute(OpenCxScopes.Teams.Write));
                    app.MapPatch("/teams", () => "ok").WithMetadata(new RequiresFullAccessAttribute());
                    app.MapGet("/anonymous", () => "ok").WithMetadata(new AllowAnonymousAttribute());
                }
            }
            """,
            Missing(0, "GET /contacts/{id}"),
            Missing(1, "POST /contacts"),
            Missing(2, "Map /webhook"),
            Missing(3, "PUT, PATCH /contacts"));

    [Fact]
    public Task Requirement_on_the_lambda_or_the_handler_method_counts() =>
        VerifyAsync(
            MinimalUsings + """
            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/contacts", [RequiresScope(OpenCxScopes.Contacts.Read)] () => "all");
                    app.MapGet("/health", [AllowAnonymous] () => "ok");
                    app.MapGet("/tags", ListTags);
                    app.{|#0:MapGet|}("/teams", ListTeams);
                    app.{|#1:MapPost|}("/teams", (RequestDelegate)(context => context.Response.WriteAsync("x")));
                }

                [RequiresScope(OpenCxScopes.Tags.Read)]
                private static string ListTags() => "tags";

                private static string ListTeams() => "teams";
            }
            """,
            Missing(0, "GET /teams"),
            Missing(1, "POST /teams"));

    [Fact]
    public Task Route_groups_pass_their_requirement_on() =>
        VerifyAsync(
            MinimalUsings + """
            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    app.MapGroup("/contacts").RequireScope(OpenCxScopes.Contacts.Read).MapGet("/", () => "all");

                    var tags = app.MapGroup("/tags");
                    tags.MapGet("/", () => "all");
                    tags.RequireScope(OpenCxScopes.Tags.Read);

                    var api = app.MapGroup("/api").RequireFullAccess();
                    var teams = api.MapGroup("/teams");
                    teams.MapPost("/", () => "created");

                    var open = app.MapGroup("/open");
                    open.AllowAnonymous();
                    open.MapGroup("/inner").MapGet("/", () => "ok");

                    var plain = app.MapGroup("/crawl");
                    plain.{|#0:MapPost|}("/{id}", (int id) => id);
                    plain.MapGroup("/pages").{|#1:MapGet|}("/", () => "pages");
                    plain.WithName("crawl");
                }
            }
            """,
            Missing(0, "POST /crawl/{id}"),
            Missing(1, "GET /crawl/pages"));

    private const string GroupHelpers = MinimalUsings + """
            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    app.MapGroup("/contacts").RequireScope(OpenCxScopes.Contacts.Read).MapContacts();
                    var scoped = app.MapGroup("/v2/contacts");
                    scoped.RequireScope(OpenCxScopes.Contacts.Read);
                    scoped.MapContacts();

                    app.MapGroup("/tags").MapTags();
                    MapTags(app.MapGroup("/v2/tags").RequireFullAccess());

                    MapOuter(app.MapGroup("/teams").RequireScope(OpenCxScopes.Teams.Read));

                    app.MapWebhooks();
                    app.MapGroup("/admin").RequireFullAccess().MapAdmin();
                    Register(MapCallbacks);

                    void MapLocal(RouteGroupBuilder group) => group.MapGet("/local", () => "local");
                    MapLocal(app.MapGroup("/local").RequireFullAccess());
                }

                private static void MapWebhooks(this IEndpointRouteBuilder endpoints) => endpoints.{|#2:MapPost|}("/webhooks", () => "ok");

                private static void MapAdmin(this IEndpointRouteBuilder endpoints) => endpoints.MapDelete("/cache", () => "ok");

                private static void MapCallbacks(RouteGroupBuilder group) => group.MapPost("/callbacks", () => "ok");

                private static void Register(System.Action<RouteGroupBuilder> map)
                {
                }

                private static void MapContacts(this RouteGroupBuilder group)
                {
                    group.MapGet("/", () => "all");
                    group.MapGet("/{id}", (int id) => id);
                }

                private static void MapTags(this RouteGroupBuilder group)
                {
                    group.{|#0:MapGet|}("/", () => "all");
                }

                private static void MapOuter(RouteGroupBuilder group) => MapInner(group.MapGroup("/members"));

                private static void MapInner(RouteGroupBuilder group) => group.MapGet("/", () => "members");

                private static void NeverCalled(this RouteGroupBuilder group) => group.{|#1:MapDelete|}("/{id}", (int id) => id);

                private static void ScopesItself(this RouteGroupBuilder group)
                {
                    group.RequireScope(OpenCxScopes.Sequences.Read);
                    group.MapGet("/", () => "sequences");
                }
            }
            """;

    [Fact]
    public Task Group_helper_methods_count_when_every_caller_passes_a_scoped_group() =>
        Verify<EndpointWithoutScopeAtCompilationEndAnalyzer>.AnalyzerAsync(
            GroupHelpers,
            MissingInGroup(0, "GET …/"),
            MissingInGroup(1, "DELETE …/{id}"),
            MissingInGroup(2, "POST /webhooks"));

    [Fact]
    public Task Endpoints_in_group_helpers_are_left_to_the_compilation_end_analyzer() =>
        VerifyAsync(GroupHelpers.Replace("{|#0:MapGet|}", "MapGet").Replace("{|#1:MapDelete|}", "MapDelete").Replace("{|#2:MapPost|}", "MapPost"));

    [Fact]
    public Task Builder_that_leaves_the_method_may_get_its_requirement_elsewhere() =>
        VerifyAsync(MinimalUsings + """
            public static class Api
            {
                public static RouteHandlerBuilder MapList(this IEndpointRouteBuilder app) => app.MapGet("/contacts", () => "all");

                public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder app)
                {
                    var group = app.MapGroup("/api");
                    return group;
                }

                public static void Map(WebApplication app)
                {
                    app.MapList().RequireScope(OpenCxScopes.Contacts.Read);
                    var endpoint = app.MapPost("/contacts", () => "created");
                    endpoint.RequireScope(OpenCxScopes.Contacts.Write);
                }
            }
            """);

    [Fact]
    public Task UseEndpoints_parameter_is_the_app_itself() =>
        VerifyAsync(
            MinimalUsings + """
            public static class Startup
            {
                public static void Configure(IApplicationBuilder app) =>
                    app.UseEndpoints(endpoints =>
                    {
                        endpoints.{|#0:MapGet|}("/contacts", () => "all");
                    });
            }
            """,
            Missing(0, "GET /contacts"));

    [Fact]
    public Task Own_Map_methods_are_not_endpoints() =>
        VerifyAsync("""
            public class Router
            {
                public void MapGet(string pattern, System.Func<string> handler) { }
            }

            public static class Routes
            {
                public static void Map(Router router) => router.MapGet("/x", () => "x");
            }
            """);

    [Fact]
    public async Task Top_level_program_is_analyzed()
    {
        var test = new ScopesAnalyzerTest<EndpointWithoutScopeAnalyzer>
        {
            TestCode = MinimalUsings + """
                var builder = WebApplication.CreateBuilder(args);
                var app = builder.Build();
                var contacts = app.MapGroup("/contacts");
                contacts.MapGet("/", () => "all");
                app.{|#0:MapGet|}("/", () => "hello");
                contacts.RequireScope(OpenCxScopes.Contacts.Read);
                app.Run();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Missing(0, "GET /"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Half_typed_code_gives_no_analyzer_error()
    {
        var test = new ScopesAnalyzerTest<EndpointWithoutScopeAnalyzer>
        {
            TestCode = ControllerUsings + MinimalUsings.Replace("using OpenCx.Scopes;", string.Empty) + """
                public class ContactsController : ControllerBase
                {
                    [HttpGet(]
                    public IActionResult {|#0:Get|}( => Ok();

                    [RequiresScope(]
                    public IActionResult Create() => Ok();

                    [AcceptVerbs(Unknown)]
                    public IActionResult {|#1:Both|}() => Ok();

                    public IActionResult
                }

                public static class Api
                {
                    public static void Map(WebApplication app)
                    {
                        app.MapGet("/x", );
                        app.MapGet(;
                        app.MapPost("/y", () => "y").RequireScope();
                        app.MapGroup().MapGet("/z", () => "z");
                        missing.MapGet("/w", () => "w");
                        app.MapMethods("/v", methods, () => "v");
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };

        // Exactly these, and no AD0001 (which the verifier would report as unexpected): a requirement being typed
        // counts, calls that don't bind are not endpoints yet.
        test.ExpectedDiagnostics.Add(Missing(0, "GET (ContactsController.Get)"));
        test.ExpectedDiagnostics.Add(Missing(1, "ContactsController.Both"));
        await test.RunAsync();
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify<EndpointWithoutScopeAnalyzer>.AnalyzerAsync(source, expected);

    private static DiagnosticResult Missing(int location, string endpoint) =>
        new DiagnosticResult(EndpointWithoutScopeAnalyzer.Rule).WithLocation(location).WithArguments(endpoint);

    private static DiagnosticResult MissingInGroup(int location, string endpoint) =>
        new DiagnosticResult(EndpointWithoutScopeAtCompilationEndAnalyzer.Rule).WithLocation(location).WithArguments(endpoint);
}
