using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.CodeFixes.Fixes;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Fixes;

public sealed class ActionDoesNotFitMethodFixerTests
{
    [Fact]
    public Task Read_constant_on_a_write_endpoint_becomes_write() =>
        FixAsync(
            """
            using Microsoft.AspNetCore.Mvc;
            using OpenCx.Scopes;

            public class ContactsController : ControllerBase
            {
                [HttpPost]
                [RequiresScope({|#0:OpenCxScopes.Contacts.Read|})]
                public IActionResult Create() => Ok();
            }
            """,
            """
            using Microsoft.AspNetCore.Mvc;
            using OpenCx.Scopes;

            public class ContactsController : ControllerBase
            {
                [HttpPost]
                [RequiresScope(OpenCxScopes.Contacts.Write)]
                public IActionResult Create() => Ok();
            }
            """,
            Misfit(0, "POST (ContactsController.Create)", "POST", "contacts:read", "read", "write"));

    [Fact]
    public Task Write_literal_on_a_read_endpoint_becomes_read() =>
        FixAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            public static class Api
            {
                public static void Map(WebApplication app) =>
                    app.MapGet("/tags", () => "all").RequireScope({|#0:"tags:write"|});
            }
            """,
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            public static class Api
            {
                public static void Map(WebApplication app) =>
                    app.MapGet("/tags", () => "all").RequireScope("tags:read");
            }
            """,
            Misfit(0, "GET /tags", "GET", "tags:write", "write", "read"));

    [Fact]
    public Task Read_only_resource_gets_no_fix() =>
        FixAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            public static class Api
            {
                public static void Map(WebApplication app)
                {
                    app.MapPost("/handoffs", () => "ok").RequireScope({|#0:OpenCxScopes.HandoffAnalytics.Read|});
                    app.MapPost("/handoffs/export", () => "ok").RequireScope({|#1:"handoff-analytics:read"|});
                }
            }
            """,
            null,
            Misfit(0, "POST /handoffs", "POST", "handoff-analytics:read", "read", "write"),
            Misfit(1, "POST /handoffs/export", "POST", "handoff-analytics:read", "read", "write"));

    [Fact]
    public async Task Fix_all_switches_each_scope_once()
    {
        const string Source = """
            using Microsoft.AspNetCore.Mvc;
            using OpenCx.Scopes;

            [RequiresScope({|#0:{|#1:OpenCxScopes.Teams.Read|}|})]
            public class TeamsController : ControllerBase
            {
                [HttpPost]
                public IActionResult Create() => Ok();

                [HttpDelete]
                public IActionResult Delete() => Ok();

                [HttpPut]
                [RequiresScope({|#2:"workflows:read"|})]
                public IActionResult Update() => Ok();
            }
            """;

        // One fix at a time: the controller's scope becomes write, and Update, which now requires teams:write too, is settled.
        var test = Test(Source, Source.Replace("{|#0:{|#1:OpenCxScopes.Teams.Read|}|}", "OpenCxScopes.Teams.Write").Replace("{|#2:\"workflows:read\"|}", "\"workflows:read\""),
            Misfit(0, "DELETE (TeamsController.Delete)", "DELETE", "teams:read", "read", "write"),
            Misfit(1, "POST (TeamsController.Create)", "POST", "teams:read", "read", "write"),
            Misfit(2, "PUT (TeamsController.Update)", "PUT", "workflows:read", "read", "write"));
        test.NumberOfIncrementalIterations = 1;

        // Fix All switches every reported scope, the shared one once.
        test.BatchFixedCode = Source.Replace("{|#0:{|#1:OpenCxScopes.Teams.Read|}|}", "OpenCxScopes.Teams.Write").Replace("{|#2:\"workflows:read\"|}", "\"workflows:write\"");
        await test.RunAsync();
    }

    private static Task FixAsync(string source, string? fixedSource, params DiagnosticResult[] expected) =>
        Test(source, fixedSource, expected).RunAsync();

    private static ScopesCodeFixTest<ActionDoesNotFitMethodAnalyzer, ActionDoesNotFitMethodFixer> Test(string source, string? fixedSource, params DiagnosticResult[] expected)
    {
        var test = new ScopesCodeFixTest<ActionDoesNotFitMethodAnalyzer, ActionDoesNotFitMethodFixer> { TestCode = source, FixedCode = fixedSource ?? source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    private static DiagnosticResult Misfit(int location, string endpoint, string methods, string scope, string grants, string needs) =>
        Verify<ActionDoesNotFitMethodAnalyzer>.Diagnostic().WithLocation(location).WithArguments(endpoint, methods, scope, grants, needs);
}
