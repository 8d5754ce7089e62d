using System.Threading.Tasks;
using OpenCx.Scopes.Tests.Infrastructure;
using static OpenCx.Scopes.Tests.Infrastructure.EndpointRulesTest;

namespace OpenCx.Scopes.Tests.Rules;

/// <summary>OCX0001 and OCX0007 on the shapes of real minimal-API apps: what is unscoped, scoped, and truly unknowable.</summary>
public sealed class EndpointFlowTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Logging;
        using OpenCx.Scopes;

        """;

    [Fact]
    public Task Template_program_reads_of_the_app_hide_no_endpoint() =>
        VerifyProgramAsync(Usings + """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAuthorization();
            var app = builder.Build();
            if (app.Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            var greeting = app.Configuration["Greeting"];
            using (var scope = app.Services.CreateScope())
            {
                scope.ServiceProvider.GetService<ILoggerFactory>();
            }

            app.UseHttpsRedirection();
            app.{|#0:MapDelete|}("/contacts/{id:guid}", (Guid id) => Results.NoContent());
            var g = app.MapGroup("/tags");
            g.{|#1:MapGet|}("/", () => "tags");
            app.{|#2:MapGet|}("/weather", () =>
            {
                app.Logger.LogInformation("weather for {Greeting}", greeting);
                return greeting;
            })
            .WithName("GetWeather");
            app.MapGet("/insights", () => app.Configuration["x"]).RequireScope(OpenCxScopes.Insights.Read);
            var teams = app.MapGroup("/teams").RequireScope(OpenCxScopes.Teams.Read);
            teams.MapGet("/", () => "teams");
            Startup.Configure(app);
            app.Run();

            static class Startup
            {
                public static void Configure(IEndpointRouteBuilder endpoints) => Console.WriteLine(endpoints.DataSources.Count);
            }
            """,
            Missing(0, "DELETE /contacts/{id:guid}"),
            Missing(1, "GET /tags"),
            Missing(2, "GET /weather"));

    [Fact]
    public Task Names_spelled_with_unicode_escapes_are_still_seen() =>
        VerifyProgramAsync(Usings + """
            var app = WebApplication.CreateBuilder(args).Build();
            app.{|#0:\u004DapGet|}("/escaped", () => "x");
            Routes.Regi\u0073ter(app.\u004DapGroup("/in").WithMetadata(new RequiresScopeAttribute(OpenCxScopes.Contacts.Write)));
            app.Run();

            public static class Routes
            {
                public static void Register(RouteGroupBuilder group) => group.\u004DapPost("/", () => "x");
            }
            """,
            Missing(0, "GET /escaped"));

    [Fact]
    public Task A_caller_that_names_only_helpers_is_still_followed() =>
        VerifyAsync(Usings + """
            public static class Program
            {
                public static void Main()
                {
                    Routes.Register(Groups.Contacts().RequireScope(OpenCxScopes.Contacts.Read));
                }
            }

            public static class Groups
            {
                public static RouteGroupBuilder Contacts() => throw new InvalidOperationException();
            }

            public static class Routes
            {
                public static void Register(RouteGroupBuilder group) => group.MapGet("/", () => "x");
            }
            """);

    [Fact]
    public Task Groups_returned_from_helpers_are_followed_to_their_call_sites() =>
        VerifyAsync(Usings + """
            public static class Program
            {
                public static void Main(WebApplication app)
                {
                    app.MapOrdersApi().RequireAuthorization();
                    app.MapCatalogApi().RequireScope(OpenCxScopes.Contacts.Read);
                    var basket = app.MapBasketApi();
                    basket.RequireFullAccess();
                    app.MapTodos();
                }
            }

            public static class Apis
            {
                public static RouteGroupBuilder MapOrdersApi(this IEndpointRouteBuilder app)
                {
                    var api = app.MapGroup("api/orders");
                    api.{|#0:MapGet|}("/", () => "all");
                    api.MapPost("/", () => "created").RequireScope(OpenCxScopes.Contacts.Write);
                    return api;
                }

                public static RouteGroupBuilder MapCatalogApi(this IEndpointRouteBuilder app)
                {
                    var api = app.MapGroup("api/catalog");
                    api.MapGet("/", () => "items");
                    return api;
                }

                public static RouteGroupBuilder MapBasketApi(this IEndpointRouteBuilder app)
                {
                    var api = app.MapGroup("api/basket");
                    api.MapDelete("/", () => "gone");
                    return api;
                }

                public static RouteGroupBuilder MapTodos(this IEndpointRouteBuilder routes)
                {
                    var group = routes.MapGroup("/todos");
                    group.WithTags("Todos");
                    group.RequireAuthorization("todos");
                    group.{|#1:MapGet|}("/{id}", (int id) => id);
                    return group;
                }
            }
            """,
            Missing(0, "GET /api/orders"),
            Missing(1, "GET /todos/{id}"));

    [Fact]
    public Task A_returned_group_one_caller_leaves_unscoped_is_reported() =>
        VerifyAsync(Usings + """
            public static class Program
            {
                public static void Main(WebApplication app)
                {
                    app.MapContactsApi().RequireScope(OpenCxScopes.Contacts.Read);
                    app.MapGroup("/v2").MapContactsApi();
                }

                public static RouteGroupBuilder MapContactsApi(this IEndpointRouteBuilder app)
                {
                    var api = app.MapGroup("contacts");
                    api.{|#0:MapGet|}("/", () => "all");
                    return api;
                }
            }
            """,
            Missing(0, "GET /contacts"));

    private const string LibraryExtensions = """
        using System;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;

        namespace Shared
        {
            public static class Validation
            {
                public static TBuilder WithParameterValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder => builder;

                public static RouteGroupBuilder WithAuditTrail(this RouteGroupBuilder group) => group;

                public static RouteHandlerBuilder MapPut<T>(this IEndpointRouteBuilder routes, string pattern, Func<T, IResult> handler) =>
                    routes.MapPut(pattern, handler);
            }
        }
        """;

    private const string OpenCxAwareLibrary = """
        using Microsoft.AspNetCore.Builder;

        namespace OpenCx.Scopes
        {
            internal sealed class RequiresScopeAttribute : System.Attribute
            {
                public RequiresScopeAttribute(string scope) { }
            }
        }

        namespace Policies
        {
            public static class TenantPolicies
            {
                public static TBuilder WithTenantPolicy<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder => builder;
            }
        }
        """;

    [Fact]
    public Task Fluent_methods_from_libraries_pass_the_builder_through_unless_they_can_see_OpenCX() =>
        VerifyAsync(
            Usings + """
            using Shared;
            using Policies;

            public static class TodoApi
            {
                public static void Map(WebApplication app)
                {
                    var todos = app.MapGroup("/todos");
                    todos.WithParameterValidation();
                    todos.WithAuditTrail();
                    todos.{|#0:MapGet|}("/", () => "all");
                    todos.{|#1:MapPut<int>|}("/{id}", id => Results.Ok(id));

                    var scoped = app.MapGroup("/tags").WithParameterValidation().RequireScope(OpenCxScopes.Tags.Write);
                    scoped.MapPut<int>("/{id}", id => Results.Ok(id));

                    app.{|#2:MapGet|}("/tenants", () => "t").WithTenantPolicy();
                    app.{|#3:MapPost|}("/tenants", () => "t").WithTenantPolicy();
                }
            }
            """,
            new[] { Library("Shared", LibraryExtensions), Library("Policies", OpenCxAwareLibrary) },
            Missing(0, "GET /todos"),
            Missing(1, "PUT /todos/{id}"),
            Unverifiable(2, "GET /tenants", "it is passed to 'WithTenantPolicy', which may add a scope"),
            Unverifiable(3, "POST /tenants", "it is passed to 'WithTenantPolicy', which may add a scope"));

    [Fact]
    public Task Builders_passed_to_helpers_in_source_are_followed_into_them() =>
        VerifyAsync(Usings + """
            public static class Api
            {
                private static readonly List<RouteGroupBuilder> Groups = new();

                public static void Map(WebApplication app)
                {
                    app.MapGet("/a", () => "a").Secure();
                    app.{|#0:MapGet|}("/b", () => "b").Describe();
                    var group = app.MapGroup("/c");
                    Secure(group);
                    group.MapGet("/", () => "c");
                    var kept = app.MapGroup("/kept");
                    Keep(kept);
                    kept.{|#1:MapGet|}("/", () => "kept");
                }

                private static RouteHandlerBuilder Secure(this RouteHandlerBuilder builder) => builder.RequireScope(OpenCxScopes.Contacts.Read);

                private static void Secure(RouteGroupBuilder group)
                {
                    group.RequireFullAccess();
                }

                private static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder) => builder.WithDescription("b");

                private static void Keep(RouteGroupBuilder group) => Groups.Add(group);
            }
            """,
            Missing(0, "GET /b"),
            Unverifiable(1, "GET /kept", "it is stored in a collection"));

    [Fact]
    public Task Builders_stored_where_a_scope_could_be_added_unseen_give_OCX0007() =>
        VerifyAsync(Usings + """
            public class Routes
            {
                private RouteGroupBuilder group = null!;

                public RouteHandlerBuilder? Last { get; private set; }

                public void Map(WebApplication app, Action<RouteHandlerBuilder> configure)
                {
                    group = app.MapGroup("/stored");
                    group.{|#0:MapGet|}("/", () => "stored");

                    var list = new List<RouteHandlerBuilder>();
                    list.Add(app.{|#1:MapGet|}("/listed", () => "listed"));
                    configure(app.{|#2:MapGet|}("/delegated", () => "delegated"));

                    var captured = app.MapGroup("/captured");
                    captured.{|#3:MapGet|}("/", () => "captured");
                    Later(() => captured.WithTags("late"));

                    Last = app.{|#4:MapGet|}("/last", () => "last");
                    var array = new[] { app.{|#5:MapGet|}("/array", () => "array") };

                    var mapped = app.MapGroup("/loop");
                    foreach (var name in new[] { "a", "b" })
                    {
                        Later(() => mapped.{|#6:MapGet|}("/" + name, () => name));
                    }
                }

                private static void Later(Action action) => action();
            }
            """,
            Unverifiable(0, "GET /", "its route group is read from field 'group'"),
            Unverifiable(1, "GET /listed", "it is stored in a collection"),
            Unverifiable(2, "GET /delegated", "it is passed to a delegate"),
            Unverifiable(3, "GET /captured", "'captured' is captured by a lambda"),
            Unverifiable(4, "GET /last", "it is stored in property 'Last'"),
            Unverifiable(5, "GET /array", "it is stored in a collection"),
            Missing(6, "GET"));

    [Fact]
    public Task Carter_style_modules_nobody_calls_are_given_the_app() =>
        VerifyAsync(Usings + """
            public interface ICarterModule
            {
                void AddRoutes(IEndpointRouteBuilder app);
            }

            public class ContactsModule : ICarterModule
            {
                public void AddRoutes(IEndpointRouteBuilder app)
                {
                    app.{|#0:MapGet|}("/contacts", () => "all");
                    app.MapPost("/contacts", () => "created").RequireScope(OpenCxScopes.Contacts.Write);
                }
            }

            public class TagsModule : ICarterModule
            {
                public void AddRoutes(IEndpointRouteBuilder app)
                {
                    var tags = app.MapGroup("/tags").RequireScope(OpenCxScopes.Tags.Read);
                    tags.MapGet("/", () => "all");
                }
            }
            """,
            Missing(0, "GET /contacts"));

    [Fact]
    public Task Methods_handed_to_a_library_as_delegates_get_the_app_unless_they_take_a_group() =>
        VerifyAsync(Usings + """
            using Microsoft.AspNetCore.Authorization;

            public static class Startup
            {
                public static void Configure(IApplicationBuilder app, RouteGroupBuilder group, Action<Action<RouteGroupBuilder>> register)
                {
                    app.UseEndpoints(MapAll);
                    register(MapGroupEndpoints);
                }

                private static void MapAll(IEndpointRouteBuilder endpoints) => endpoints.{|#0:MapGet|}("/all", () => "all");

                private static void MapGroupEndpoints(RouteGroupBuilder group) => group.{|#1:MapGet|}("/grouped", () => "grouped");
            }
            """,
            Missing(0, "GET /all"),
            Unverifiable(1, "GET /grouped", "its route group comes from callers of 'MapGroupEndpoints', which is used as a delegate"));

    [Fact]
    public Task Interface_calls_reach_every_module_with_the_group_passed() =>
        VerifyAsync(Usings + """
            public interface IModule
            {
                void AddRoutes(IEndpointRouteBuilder app);
            }

            public abstract class ModuleBase : IModule
            {
                public abstract void AddRoutes(IEndpointRouteBuilder app);
            }

            public class ContactsModule : ModuleBase
            {
                public override void AddRoutes(IEndpointRouteBuilder app) => app.{|#0:MapGet|}("/contacts", () => "all");
            }

            public class TagsModule : IModule
            {
                public void AddRoutes(IEndpointRouteBuilder app) => app.MapGet("/tags", () => "all");
            }

            public static class Registration
            {
                public static void MapModules(this WebApplication app, IEnumerable<IModule> modules)
                {
                    var api = app.MapGroup("/api").RequireScope(OpenCxScopes.Contacts.Read);
                    foreach (var module in modules)
                    {
                        module.AddRoutes(api);
                    }
                }
            }

            public class Unscoped
            {
                public static void Map(WebApplication app, ModuleBase module) => module.AddRoutes(app);
            }
            """,
            Missing(0, "GET /contacts"));

    [Fact]
    public Task Calls_through_a_type_parameter_reach_the_named_implementation_only() =>
        VerifyAsync(Usings + """
            public interface IEndpoint
            {
                static abstract void Map(IEndpointRouteBuilder app);
            }

            public static class EndpointExtensions
            {
                public static IEndpointRouteBuilder MapEndpoint<TEndpoint>(this IEndpointRouteBuilder app) where TEndpoint : IEndpoint
                {
                    TEndpoint.Map(app);
                    return app;
                }
            }

            public class ExportContacts : IEndpoint
            {
                public static void Map(IEndpointRouteBuilder app) => app.MapGet("/export", () => "csv");
            }

            public class ImportContacts : IEndpoint
            {
                public static void Map(IEndpointRouteBuilder app) => app.{|#0:MapPost|}("/import", () => "ok");
            }

            public static class Program
            {
                public static void Main(WebApplication app)
                {
                    var scoped = app.MapGroup("/contacts").RequireScope(OpenCxScopes.Contacts.Write);
                    scoped.MapEndpoint<ExportContacts>();
                    app.MapGroup("/open").MapEndpoint<ImportContacts>();
                }
            }
            """,
            Missing(0, "POST /import"));

    [Fact]
    public Task Wrappers_that_map_one_endpoint_are_reported_at_each_call_site() =>
        VerifyAsync(Usings + """
            public static class Program
            {
                public static void Main(WebApplication app)
                {
                    app.{|#0:MapQuery|}("/contacts", () => "all");
                    app.MapQuery("/tags", () => "tags").RequireScope(OpenCxScopes.Tags.Read);
                    app.MapGroup("/admin").RequireFullAccess().MapQuery("/cache", () => "cache");
                    app.MapScoped("/teams", () => "teams");
                }

                private static RouteHandlerBuilder MapQuery(this IEndpointRouteBuilder builder, string pattern, Delegate handler) =>
                    builder.MapGet(pattern, handler);

                private static RouteHandlerBuilder MapScoped(this IEndpointRouteBuilder builder, string pattern, Delegate handler)
                {
                    var endpoint = builder.MapGet(pattern, handler);
                    endpoint.RequireScope(OpenCxScopes.Teams.Read);
                    return endpoint;
                }
            }
            """,
            Missing(0, "GET /contacts"));

    [Fact]
    public Task Loops_and_endpoint_filters_hide_nothing() =>
        VerifyAsync(Usings + """
            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    foreach (var resource in new[] { "contacts", "tags" })
                    {
                        app.{|#0:MapGet|}($"/{resource}", () => resource);
                        var scoped = app.MapGroup("/" + resource).RequireScope(OpenCxScopes.Contacts.Read);
                        scoped.MapGet("/", () => resource);
                    }

                    var filtered = app.MapGroup("/filtered").AddEndpointFilter(async (context, next) => await next(context));
                    filtered.{|#1:MapGet|}("/", () => "x");
                    app.MapGet("/checked", () => "x").AddEndpointFilter<Filter>().RequireScope(OpenCxScopes.Contacts.Read);
                }
            }

            public class Filter : IEndpointFilter
            {
                public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) => next(context);
            }
            """,
            Missing(0, "GET"),
            Missing(1, "GET /filtered"));

    [Fact]
    public Task Versioned_groups_are_followed_through_Asp_Versioning() =>
        VerifyAsync(
            Usings + """
            using Asp.Versioning;

            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    var orders = app.NewVersionedApi("Orders");
                    var v1 = orders.MapGroup("/api/orders").HasApiVersion(1.0);
                    v1.{|#0:MapGet|}("/", () => "all");
                    var v2 = orders.MapGroup("/api/v2/orders").HasApiVersion(2.0).RequireScope(OpenCxScopes.Contacts.Read);
                    v2.MapGet("/", () => "all");
                    orders.MapOrdersApi().RequireAuthorization();
                }

                public static RouteGroupBuilder MapOrdersApi(this IEndpointRouteBuilder app)
                {
                    var api = app.MapGroup("/api/v3/orders").HasApiVersion(3.0);
                    api.{|#1:MapPost|}("/", () => "created");
                    return api;
                }
            }
            """,
            AspVersioning,
            Missing(0, "GET /api/orders"),
            Missing(1, "POST /api/v3/orders"));

    [Fact]
    public async Task Half_typed_flow_code_gives_no_analyzer_error()
    {
        var test = new EndpointRulesTest
        {
            TestCode = Usings + """
                public interface IEndpoint
                {
                    static abstract void Map(IEndpointRouteBuilder app);
                }

                public static class Api
                {
                    private static RouteGroupBuilder field;

                    public static void Map(WebApplication app)
                    {
                        app.MapTodos(;
                        app.MapTodos().RequireScope(;
                        field = app.MapGroup(;
                        var g = app.MapGroup("/g") ?? ;
                        g.MapGet("/", () => "g");
                        Call<Missing>(app);
                        app.MapQuery("/q", () => "q").;
                        Undefined(app.MapGroup("/u")).MapGet("/", () => "u");
                    }

                    public static RouteGroupBuilder MapTodos(this IEndpointRouteBuilder routes)
                    {
                        var group = routes.MapGroup("/todos");
                        group.{|#0:MapGet|}("/", () => "all");
                        return
                    }

                    public static void Call<T>(IEndpointRouteBuilder app) where T : IEndpoint => T.Map(app;

                    public static RouteHandlerBuilder MapQuery(this IEndpointRouteBuilder b, string pattern, Delegate handler) => b.MapGet(pattern, handler
                }
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };

        // No AD0001 (the verifier would report it as unexpected). A group still being typed is no endpoint yet; the
        // helper returns nothing yet, so its endpoint is judged where it is.
        test.ExpectedDiagnostics.Add(Missing(0, "GET /todos"));
        await test.RunAsync();
    }
}
