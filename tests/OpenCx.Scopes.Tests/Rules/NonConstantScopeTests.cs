using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.Tests.Infrastructure;
using VerifyOCX0006 = OpenCx.Scopes.Tests.Infrastructure.Verify<OpenCx.Scopes.Analyzers.Rules.NonConstantScopeAnalyzer>;

namespace OpenCx.Scopes.Tests.Rules;

public class NonConstantScopeTests
{
    private const string Message = "This scope is not a compile-time constant, so it can't be checked against the catalog; pass an OpenCxScopes constant";

    [Fact]
    public Task Flags_variables_calls_and_non_constant_interpolations() =>
        VerifyOCX0006.AnalyzerAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            static class Endpoints
            {
                static readonly string FromField = "contacts:read";

                static string Pick() => "contacts:read";

                static void Map(WebApplication app, string resource, bool write)
                {
                    var scope = "tags:read";
                    app.MapGet("/a", () => "").RequireScope({|#0:scope|});
                    app.MapGet("/b", () => "").RequireScope({|#1:FromField|});
                    app.MapGet("/c", () => "").RequireScope({|#2:Pick()|});
                    app.MapGet("/d", () => "").RequireScope({|#3:$"{resource}:read"|});
                    app.MapGet("/e", () => "").RequireScope({|#4:write ? OpenCxScopes.Tags.Write : OpenCxScopes.Tags.Read|});
                    app.MapGroup("/f").RequireScope(scope: {|#5:OpenCxScopes.All[0]|});
                    var requirement = new RequiresScopeAttribute({|#6:resource + ":write"|});
                }
            }
            """,
            VerifyOCX0006.Diagnostic().WithLocation(0).WithMessage(Message),
            VerifyOCX0006.Diagnostic().WithLocation(1).WithMessage(Message),
            VerifyOCX0006.Diagnostic().WithLocation(2).WithMessage(Message),
            VerifyOCX0006.Diagnostic().WithLocation(3).WithMessage(Message),
            VerifyOCX0006.Diagnostic().WithLocation(4).WithMessage(Message),
            VerifyOCX0006.Diagnostic().WithLocation(5).WithMessage(Message),
            VerifyOCX0006.Diagnostic().WithLocation(6).WithMessage(Message));

    [Fact]
    public Task Flags_target_typed_creations_and_conditional_calls_but_no_attribute() =>
        VerifyOCX0006.AnalyzerAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            static class Endpoints
            {
                static void Map(WebApplication app, RouteHandlerBuilder? maybe, string fromConfig)
                {
                    RequiresScopeAttribute typed = new({|#0:fromConfig|});
                    maybe?.RequireScope({|#1:fromConfig|});
                    app.MapGet("/x", [RequiresScope(OpenCxScopes.Tags.Read)] () => "");
                    RequiresScopeAttribute constant = new(OpenCxScopes.Tags.Read);
                    object other = new System.Text.StringBuilder(fromConfig);
                }
            }
            """,
            VerifyOCX0006.Diagnostic().WithLocation(0).WithMessage(Message),
            VerifyOCX0006.Diagnostic().WithLocation(1).WithMessage(Message));

    [Fact]
    public Task Leaves_every_kind_of_constant_alone_even_invalid_ones() =>
        VerifyOCX0006.AnalyzerAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            static class Endpoints
            {
                const string Resource = "contacts";

                static void Map(WebApplication app)
                {
                    const string local = "tags:read";
                    app.MapGet("/a", () => "").RequireScope("contacts:read");
                    app.MapGet("/b", () => "").RequireScope(OpenCxScopes.Contacts.Write);
                    app.MapGet("/c", () => "").RequireScope(local);
                    app.MapGet("/d", () => "").RequireScope(Resource + ":read");
                    app.MapGet("/e", () => "").RequireScope($"{Resource}:write");
                    app.MapGet("/f", () => "").RequireScope(nameof(Resource));
                    app.MapGet("/g", () => "").RequireScope("not even a scope");
                    var requirement = new RequiresScopeAttribute(OpenCxScopes.Tags.Read);
                }
            }
            """);

    [Fact]
    public Task Leaves_attributes_to_the_compiler_which_already_demands_a_constant()
    {
        var test = new ScopesAnalyzerTest<NonConstantScopeAnalyzer>
        {
            TestCode = """
                using OpenCx.Scopes;

                class ContactsController
                {
                    static readonly string FromField = "contacts:read";

                    [RequiresScope(FromField)]
                    public void Get() { }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Ignores_look_alike_methods_outside_OpenCx_Scopes() =>
        VerifyOCX0006.AnalyzerAsync(
            """
            using Microsoft.AspNetCore.Builder;

            namespace Other
            {
                static class MyExtensions
                {
                    public static T RequireScope<T>(this T builder, string scope) => builder;
                }

                sealed class RequiresScopeAttribute(string scope) : System.Attribute { }

                class Service
                {
                    void Get(WebApplication app, string scope)
                    {
                        app.MapGet("/x", () => "").RequireScope(scope);
                        var attribute = new RequiresScopeAttribute(scope);
                    }
                }
            }
            """);

    [Fact]
    public Task Ignores_generated_code() =>
        VerifyOCX0006.AnalyzerAsync(
            """
            // <auto-generated/>
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            static class Endpoints
            {
                static void Map(WebApplication app, string scope) => app.MapGet("/x", () => "").RequireScope(scope);
            }
            """);

    [Theory]
    [InlineData("app.MapGet(\"/x\", () => \"\").RequireScope(")]
    [InlineData("app.MapGet(\"/x\", () => \"\").RequireScope()")]
    [InlineData("app.MapGet(\"/x\", () => \"\").RequireScope(unknown)")]
    [InlineData("app.MapGet(\"/x\", () => \"\").RequireScope(Unknown.Method())")]
    [InlineData("app.MapGet(\"/x\", () => \"\").RequireScope(scope.)")]
    [InlineData("app.MapGet(\"/x\", () => \"\").RequireScope($\"{unknown}:read\")")]
    [InlineData("app.MapGet(\"/x\", () => \"\").RequireScope(scope, scope)")]
    [InlineData("app.MapGet(\"/x\", () => \"\").RequireScope(42)")]
    [InlineData("new RequiresScopeAttribute(")]
    [InlineData("new RequiresScopeAttribute(unknown + scope)")]
    public Task Half_typed_code_is_not_reported_and_never_throws(string statement)
    {
        var test = new ScopesAnalyzerTest<NonConstantScopeAnalyzer>
        {
            TestCode = $$"""
                using Microsoft.AspNetCore.Builder;
                using OpenCx.Scopes;

                static class Endpoints
                {
                    static void Map(WebApplication app, string scope)
                    {
                        {{statement}};
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Severity_is_configurable_in_editorconfig()
    {
        var test = new ScopesAnalyzerTest<NonConstantScopeAnalyzer>
        {
            TestCode = """
                using Microsoft.AspNetCore.Builder;
                using OpenCx.Scopes;

                static class Endpoints
                {
                    static void Map(WebApplication app, string scope) => app.MapGet("/x", () => "").RequireScope({|#0:scope|});
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.OCX0006.severity = suggestion\n"));
        test.ExpectedDiagnostics.Add(VerifyOCX0006.Diagnostic().WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithMessage(Message));
        return test.RunAsync();
    }
}
