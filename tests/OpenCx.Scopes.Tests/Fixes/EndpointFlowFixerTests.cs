using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.CodeFixes.Fixes;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Fixes;

/// <summary>The OCX0001 fix on endpoints that other methods decide: inside a helper that returns its group, at a wrapper's call.</summary>
public sealed class EndpointFlowFixerTests
{
    [Fact]
    public Task Endpoint_on_a_group_a_helper_returns_gets_RequireScope_where_it_is_mapped() =>
        FixAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;

            public static class Api
            {
                public static void Map(WebApplication app) => app.MapContactsApi().RequireAuthorization();

                public static RouteGroupBuilder MapContactsApi(this IEndpointRouteBuilder app)
                {
                    var api = app.MapGroup("/contacts");
                    api.{|#0:MapGet|}("/", () => "all");
                    return api;
                }
            }
            """,
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;
            using OpenCx.Scopes;

            public static class Api
            {
                public static void Map(WebApplication app) => app.MapContactsApi().RequireAuthorization();

                public static RouteGroupBuilder MapContactsApi(this IEndpointRouteBuilder app)
                {
                    var api = app.MapGroup("/contacts");
                    api.MapGet("/", () => "all").RequireScope(OpenCxScopes.Contacts.Read);
                    return api;
                }
            }
            """,
            Missing(0, "GET /contacts"));

    [Fact]
    public Task Wrapper_call_gets_RequireScope_at_the_call() =>
        FixAsync(
            """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;

            public static class Api
            {
                public static void Map(WebApplication app) => app.{|#0:MapQuery|}("/tags", () => "all");

                private static RouteHandlerBuilder MapQuery(this IEndpointRouteBuilder builder, string pattern, Delegate handler) =>
                    builder.MapGet(pattern, handler);
            }
            """,
            """
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;
            using OpenCx.Scopes;

            public static class Api
            {
                public static void Map(WebApplication app) => app.MapQuery("/tags", () => "all").RequireScope(OpenCxScopes.Tags.Read);

                private static RouteHandlerBuilder MapQuery(this IEndpointRouteBuilder builder, string pattern, Delegate handler) =>
                    builder.MapGet(pattern, handler);
            }
            """,
            Missing(0, "GET /tags"));

    private static Task FixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        // Compilation-end diagnostics are not local to a document; the fix still edits the one they point at.
        var test = new ScopesCodeFixTest<EndpointWithoutScopeAtCompilationEndAnalyzer, EndpointWithoutScopeFixer>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Missing(int location, string endpoint) =>
        new DiagnosticResult(EndpointWithoutScopeAtCompilationEndAnalyzer.Rule).WithLocation(location).WithArguments(endpoint);
}
