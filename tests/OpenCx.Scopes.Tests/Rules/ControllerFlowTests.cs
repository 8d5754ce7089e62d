using System.Threading.Tasks;
using static OpenCx.Scopes.Tests.Infrastructure.EndpointRulesTest;

namespace OpenCx.Scopes.Tests.Rules;

/// <summary>OCX0001 and OCX0007 for controllers: MapControllers() and conventional-route conventions, and actions inherited from another project.</summary>
public sealed class ControllerFlowTests
{
    private const string Usings = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;
        using OpenCx.Scopes;

        """;

    private const string Controllers = """
        [ApiController]
        [Route("contacts")]
        public class ContactsController : ControllerBase
        {
            [HttpGet]
            public IActionResult {|#0:List|}() => Ok();

            [HttpPost]
            [RequiresScope(OpenCxScopes.Contacts.Write)]
            public IActionResult Create() => Ok();
        }

        """;

    [Theory]
    [InlineData("app.MapControllers().RequireScope(OpenCxScopes.Contacts.Read);")]
    [InlineData("app.MapControllers().RequireFullAccess();")]
    [InlineData("app.MapControllers().AllowAnonymous();")]
    [InlineData("app.MapControllers().WithMetadata(new RequiresScopeAttribute(OpenCxScopes.Contacts.Read));")]
    [InlineData("var controllers = app.MapControllers(); controllers.WithName(\"c\"); controllers.RequireScope(OpenCxScopes.Contacts.Read);")]
    [InlineData("Secure(app.MapControllers());")]
    public Task Conventions_on_MapControllers_cover_every_action(string mapping) =>
        VerifyAsync(Usings + Controllers.Replace("{|#0:List|}", "List") + $$"""
            public static class Program
            {
                public static void Map(WebApplication app)
                {
                    {{mapping}}
                }

                private static void Secure(IEndpointConventionBuilder builder) => builder.RequireFullAccess();
            }
            """);

    [Fact]
    public Task MapControllers_without_a_convention_leaves_actions_unscoped() =>
        VerifyAsync(
            Usings + Controllers + """
            public static class Program
            {
                public static void Map(WebApplication app)
                {
                    app.MapControllers().RequireAuthorization();
                }
            }
            """,
            Missing(0, "GET /contacts (ContactsController.List)"));

    [Fact]
    public Task Plain_MapControllers_leaves_actions_reported_while_typing() =>
        OpenCx.Scopes.Tests.Infrastructure.Verify<OpenCx.Scopes.Analyzers.Rules.EndpointWithoutScopeAnalyzer>.AnalyzerAsync(
            Usings + Controllers + """
            public static class Program
            {
                public static void Map(WebApplication app)
                {
                    app.MapControllers().WithName("controllers");
                }
            }
            """,
            Missing(0, "GET /contacts (ContactsController.List)"));

    [Fact]
    public Task MapControllers_conventions_added_in_a_helper_wait_for_compilation_end() =>
        OpenCx.Scopes.Tests.Infrastructure.Verify<OpenCx.Scopes.Analyzers.Rules.EndpointWithoutScopeAnalyzer>.AnalyzerAsync(
            Usings + Controllers.Replace("{|#0:List|}", "List") + """
            public static class Program
            {
                public static void Map(WebApplication app) => Secure(app.MapControllers());

                private static void Secure(ControllerActionEndpointConventionBuilder controllers) =>
                    controllers.RequireScope(OpenCxScopes.Contacts.Read);
            }
            """);

    [Fact]
    public Task MapControllers_builder_stored_in_a_field_gives_OCX0007() =>
        VerifyAsync(
            Usings + Controllers + """
            public static class Program
            {
                public static ControllerActionEndpointConventionBuilder? Controllers;

                public static void Map(WebApplication app)
                {
                    Controllers = app.MapControllers();
                }
            }
            """,
            Unverifiable(0, "GET /contacts (ContactsController.List)", "it is stored in field 'Controllers'"));

    // No route template on the action or the controller: only a conventional route reaches these actions.
    private const string ConventionalControllers = """
        public class HomeController : ControllerBase
        {
            public IActionResult {|#0:Index|}() => Ok();

            [HttpPost]
            public IActionResult {|#1:Save|}() => Ok();

            [RequiresScope(OpenCxScopes.Contacts.Read)]
            public IActionResult Scoped() => Ok();
        }

        """;

    [Theory]
    [InlineData("app.MapControllerRoute(\"default\", \"{controller=Home}/{action=Index}/{id?}\").RequireScope(OpenCxScopes.Contacts.Read);")]
    [InlineData("app.MapDefaultControllerRoute().RequireFullAccess();")]
    [InlineData("app.MapAreaControllerRoute(\"admin\", \"Admin\", \"admin/{controller}/{action}\").RequireScope(OpenCxScopes.Contacts.Read);")]
    [InlineData("app.MapControllerRoute(\"a\", \"a/{action}\").RequireFullAccess(); app.MapDefaultControllerRoute().AllowAnonymous();")]
    [InlineData("app.MapControllers().RequireFullAccess(); app.MapDefaultControllerRoute();")]
    [InlineData("Secure(app.MapDefaultControllerRoute());")]
    public Task Conventions_on_every_conventional_route_cover_conventionally_routed_actions(string mapping) =>
        VerifyAsync(Usings + ConventionalControllers.Replace("{|#0:Index|}", "Index").Replace("{|#1:Save|}", "Save") + $$"""
            public static class Program
            {
                public static void Map(WebApplication app)
                {
                    {{mapping}}
                }

                private static void Secure(IEndpointConventionBuilder builder) => builder.RequireFullAccess();
            }
            """);

    [Fact]
    public Task A_conventional_route_without_a_requirement_leaves_its_actions_unscoped() =>
        VerifyAsync(
            Usings + ConventionalControllers + """
            public static class Program
            {
                public static void Map(WebApplication app)
                {
                    app.MapControllerRoute("api", "api/{controller}/{action}").RequireFullAccess();
                    app.MapDefaultControllerRoute().RequireAuthorization();
                }
            }
            """,
            Missing(0, "HomeController.Index"),
            Missing(1, "POST (HomeController.Save)"));

    [Fact]
    public Task Conventional_route_conventions_do_not_reach_attribute_routed_actions() =>
        VerifyAsync(
            Usings + Controllers + """
            public static class Program
            {
                public static void Map(WebApplication app)
                {
                    app.MapControllers();
                    app.MapDefaultControllerRoute().RequireScope(OpenCxScopes.Contacts.Read);
                }
            }
            """,
            Missing(0, "GET /contacts (ContactsController.List)"));

    [Fact]
    public Task Conventional_route_conventions_added_in_a_helper_wait_for_compilation_end() =>
        OpenCx.Scopes.Tests.Infrastructure.Verify<OpenCx.Scopes.Analyzers.Rules.EndpointWithoutScopeAnalyzer>.AnalyzerAsync(
            Usings + ConventionalControllers.Replace("{|#0:Index|}", "Index").Replace("{|#1:Save|}", "Save") + """
            public static class Program
            {
                public static void Map(WebApplication app) => Secure(app.MapControllerRoute("default", "{controller}/{action}"));

                private static void Secure(ControllerActionEndpointConventionBuilder route) =>
                    route.RequireScope(OpenCxScopes.Contacts.Read);
            }
            """);

    [Fact]
    public Task Conventional_route_builder_stored_in_a_field_gives_OCX0007() =>
        VerifyAsync(
            Usings + ConventionalControllers + """
            public static class Program
            {
                public static ControllerActionEndpointConventionBuilder? Route;

                public static void Map(WebApplication app)
                {
                    Route = app.MapDefaultControllerRoute();
                }
            }
            """,
            Unverifiable(0, "HomeController.Index", "it is stored in field 'Route'"),
            Unverifiable(1, "POST (HomeController.Save)", "it is stored in field 'Route'"));

    [Fact]
    public Task A_method_of_the_project_named_like_a_conventional_route_carries_nothing_for_the_actions() =>
        VerifyAsync(
            Usings + ConventionalControllers + """
            public static class Program
            {
                public static void Map(WebApplication app)
                {
                    app.MapDefaultControllerRoute().RequireScope(OpenCxScopes.Contacts.Read);
                }

                // Not ASP.NET Core's: it maps an empty group, and no action is reached through it.
                public static Microsoft.AspNetCore.Routing.RouteGroupBuilder MapDefaultControllerRoute(this WebApplication app) => app.MapGroup("/legacy");
            }
            """,
            Missing(0, "HomeController.Index"),
            Missing(1, "POST (HomeController.Save)"));

    [Fact]
    public async Task Half_typed_conventional_routes_give_no_analyzer_error()
    {
        var test = new OpenCx.Scopes.Tests.Infrastructure.EndpointRulesTest
        {
            TestCode = Usings + ConventionalControllers.Replace("{|#0:Index|}", "Index").Replace("{|#1:Save|}", "Save") + """
                public static class Program
                {
                    public static void Map(WebApplication app)
                    {
                        app.MapControllerRoute(;
                        app.MapDefaultControllerRoute().RequireScope(;
                        app.MapAreaControllerRoute("a", , "{controller}").;
                    }
                }
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };

        // No AD0001 (the verifier would report it as unexpected). The two calls that don't bind map nothing; the default
        // route's RequireScope( is taken for the requirement being typed, as on a Map* endpoint, so nothing is reported.
        await test.RunAsync();
    }

    private const string BaseControllers = """
        using Microsoft.AspNetCore.Mvc;

        namespace OpenCx.Scopes
        {
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
            internal sealed class RequiresScopeAttribute : System.Attribute
            {
                public RequiresScopeAttribute(string scope) { }
            }

            internal sealed class RequiresFullAccessAttribute : System.Attribute
            {
            }
        }

        namespace Shared
        {
            public abstract class CrudController<T> : ControllerBase
            {
                [HttpGet]
                public IActionResult List() => Ok();

                [HttpPost]
                [OpenCx.Scopes.RequiresScope("invoices:write")]
                public IActionResult Create(T item) => Ok(item);

                [HttpDelete("{id}")]
                [OpenCx.Scopes.RequiresFullAccess]
                public IActionResult Delete(int id) => NoContent();

                [NonAction]
                public IActionResult Helper() => Ok();
            }

            [OpenCx.Scopes.RequiresScope("tags:read")]
            public abstract class ScopedController : ControllerBase
            {
                [HttpGet]
                public IActionResult Get() => Ok();
            }
        }
        """;

    [Fact]
    public Task Actions_inherited_from_a_referenced_project_are_reported_on_the_derived_controller() =>
        VerifyAsync(
            Usings + """
            [Route("api/invoices")]
            public class {|#0:InvoicesController|} : Shared.CrudController<int>
            {
            }

            [Route("api/tags")]
            public class TagsController : Shared.ScopedController
            {
            }

            [Route("api/teams")]
            [RequiresScope(OpenCxScopes.Teams.Read)]
            public class TeamsController : Shared.CrudController<string>
            {
            }
            """,
            new[] { Library("Shared", BaseControllers) },
            Missing(0, "GET /api/invoices (InvoicesController.List, inherited)"));
}
