using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.Tests.Infrastructure;
using VerifyOCX0002 = OpenCx.Scopes.Tests.Infrastructure.Verify<OpenCx.Scopes.Analyzers.Rules.InvalidScopeAnalyzer>;

namespace OpenCx.Scopes.Tests.Rules;

public class InvalidScopeTests
{
    [Theory]
    [InlineData("handoff-analytics:write", "'handoff-analytics:write' is not in the scope catalog: Handoff analytics only supports read; use 'handoff-analytics:read'")]
    [InlineData("contact:read", "'contact:read' is not in the scope catalog: there is no resource 'contact'; did you mean 'contacts:read'?")]
    [InlineData("contacts:delete", "'contacts:delete' is not in the scope catalog: 'delete' is not an action, the actions are read and write; delete needs 'contacts:write'")]
    [InlineData("Contacts:Read", "'Contacts:Read' is not in the scope catalog: scopes are lower case; use 'contacts:read'")]
    [InlineData("contacts", "'contacts' is not in the scope catalog: a scope is 'resource:action'; did you mean 'contacts:read' or 'contacts:write'?")]
    public Task Contract_examples_on_an_attribute_are_errors_with_a_helpful_message(string scope, string message) =>
        VerifyOCX0002.AnalyzerAsync(
            $$"""
            using OpenCx.Scopes;

            class ContactsController
            {
                [RequiresScope({|#0:"{{scope}}"|})]
                public void Get() { }
            }
            """,
            VerifyOCX0002.Diagnostic().WithLocation(0).WithMessage(message));

    [Fact]
    public Task Finds_the_attribute_under_a_using_alias_and_by_its_qualified_names() =>
        VerifyOCX0002.AnalyzerAsync(
            """
            using Scope = OpenCx.Scopes.RequiresScopeAttribute;

            class ContactsController
            {
                [Scope({|#0:"contact:read"|})]
                public void Get() { }

                [OpenCx.Scopes.RequiresScope({|#1:"contact:write"|}), global::OpenCx.Scopes.RequiresScopeAttribute({|#2:"contacts"|})]
                public void Post() { }

                [System.Obsolete("contact:read")]
                public void Old() { }
            }
            """,
            VerifyOCX0002.Diagnostic().WithLocation(0).WithMessage("'contact:read' is not in the scope catalog: there is no resource 'contact'; did you mean 'contacts:read'?"),
            VerifyOCX0002.Diagnostic().WithLocation(1).WithMessage("'contact:write' is not in the scope catalog: there is no resource 'contact'; did you mean 'contacts:write'?"),
            VerifyOCX0002.Diagnostic().WithLocation(2).WithMessage("'contacts' is not in the scope catalog: a scope is 'resource:action'; did you mean 'contacts:read' or 'contacts:write'?"));

    [Fact]
    public Task Flags_an_invalid_scope_given_to_RequireScope_and_to_new_RequiresScopeAttribute() =>
        VerifyOCX0002.AnalyzerAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            static class Endpoints
            {
                static void Map(WebApplication app)
                {
                    app.MapGet("/tags", () => "").RequireScope({|#0:"tag:read"|});
                    app.MapGroup("/org").RequireScope(scope: {|#1:"org:delete"|});
                    OpenCxScopesEndpointConventionBuilderExtensions.RequireScope(app.MapGet("/x", () => ""), {|#2:"x"|});
                    var requirement = new RequiresScopeAttribute({|#3:"Sip:write"|});
                    app.MapGet("/csat", [RequiresScope({|#4:"csat:reed"|})] () => "");
                    Local();

                    [RequiresScope({|#5:"whats-app:read"|})]
                    static void Local() { }
                }
            }
            """,
            VerifyOCX0002.Diagnostic().WithLocation(0).WithMessage("'tag:read' is not in the scope catalog: there is no resource 'tag'; did you mean 'tags:read'?"),
            VerifyOCX0002.Diagnostic().WithLocation(1).WithMessage("'org:delete' is not in the scope catalog: 'delete' is not an action, the actions are read and write; delete needs 'org:write'"),
            VerifyOCX0002.Diagnostic().WithLocation(2).WithMessage("'x' is not in the scope catalog: a scope is 'resource:action', such as 'actions:read'"),
            VerifyOCX0002.Diagnostic().WithLocation(3).WithMessage("'Sip:write' is not in the scope catalog: scopes are lower case; use 'sip:write'"),
            VerifyOCX0002.Diagnostic().WithLocation(4).WithMessage("'csat:reed' is not in the scope catalog: 'reed' is not an action, the actions are read and write; reed needs 'csat:read'"),
            VerifyOCX0002.Diagnostic().WithLocation(5).WithMessage("'whats-app:read' is not in the scope catalog: there is no resource 'whats-app'; did you mean 'whatsapp:read'?"));

    [Fact]
    public Task Finds_scope_arguments_however_the_name_is_reached() =>
        VerifyOCX0002.AnalyzerAsync(
            """
            using System.Collections.Generic;
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            static class Endpoints
            {
                static void Map(WebApplication app, RouteHandlerBuilder? maybe, List<RequiresScopeAttribute> requirements)
                {
                    maybe?.RequireScope({|#0:"tag:read"|});
                    app.MapGet("/x", () => "").RequireScope<RouteHandlerBuilder>({|#1:"tags:erase"|});
                    RequiresScopeAttribute typed = new({|#2:"org:delete"|});
                    requirements.Add(new({|#3:"sip"|}));
                    // RequireScope("comment:read") in a comment and "RequireScope(\"text:read\")" in a string are not calls.
                }
            }
            """,
            VerifyOCX0002.Diagnostic().WithLocation(0).WithArguments("'tag:read'", "there is no resource 'tag'; did you mean 'tags:read'?"),
            VerifyOCX0002.Diagnostic().WithLocation(1).WithArguments("'tags:erase'", "'erase' is not an action, the actions are read and write; did you mean 'tags:read' or 'tags:write'?"),
            VerifyOCX0002.Diagnostic().WithLocation(2).WithArguments("'org:delete'", "'delete' is not an action, the actions are read and write; delete needs 'org:write'"),
            VerifyOCX0002.Diagnostic().WithLocation(3).WithArguments("'sip'", "a scope is 'resource:action'; did you mean 'sip:read' or 'sip:write'?"));

    [Fact]
    public Task Finds_names_spelled_with_unicode_escapes_and_aliases_declared_in_a_namespace() =>
        VerifyOCX0002.AnalyzerAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            namespace Service
            {
                using Scope = OpenCx.Scopes.RequiresScopeAttribute;

                static class Endpoints
                {
                    static void Map(WebApplication app)
                    {
                        app.MapGet("/x", () => "").Require\u0053cope({|#0:"tag:read"|});
                        var requirement = new Scope({|#1:"sip"|});
                        [Scope({|#2:"csat:reed"|})]
                        static void Local() { }
                        Local();
                    }
                }
            }
            """,
            VerifyOCX0002.Diagnostic().WithLocation(0).WithArguments("'tag:read'", "there is no resource 'tag'; did you mean 'tags:read'?"),
            VerifyOCX0002.Diagnostic().WithLocation(1).WithArguments("'sip'", "a scope is 'resource:action'; did you mean 'sip:read' or 'sip:write'?"),
            VerifyOCX0002.Diagnostic().WithLocation(2).WithArguments("'csat:reed'", "'reed' is not an action, the actions are read and write; reed needs 'csat:read'"));

    [Fact]
    public Task Reports_each_attribute_of_partial_declarations_once() =>
        VerifyOCX0002.AnalyzerAsync(
            """
            using OpenCx.Scopes;

            [RequiresScope({|#0:"contact:read"|})]
            partial class ContactsController
            {
                [RequiresScope({|#1:"contact:write"|})]
                public partial void Post();
            }

            [RequiresScope({|#2:"contacts"|})]
            partial class ContactsController
            {
                [RequiresScope({|#3:"tag:write"|})]
                public partial void Post() { }
            }
            """,
            VerifyOCX0002.Diagnostic().WithLocation(0).WithArguments("'contact:read'", "there is no resource 'contact'; did you mean 'contacts:read'?"),
            VerifyOCX0002.Diagnostic().WithLocation(1).WithArguments("'contact:write'", "there is no resource 'contact'; did you mean 'contacts:write'?"),
            VerifyOCX0002.Diagnostic().WithLocation(2).WithArguments("'contacts'", "a scope is 'resource:action'; did you mean 'contacts:read' or 'contacts:write'?"),
            VerifyOCX0002.Diagnostic().WithLocation(3).WithArguments("'tag:write'", "there is no resource 'tag'; did you mean 'tags:write'?"));

    [Fact]
    public Task Checks_every_compile_time_constant_and_reports_on_the_argument() =>
        VerifyOCX0002.AnalyzerAsync(
            """
            using OpenCx.Scopes;

            static class MyScopes
            {
                public const string Resource = "contacts";
                public const string Broken = "contacts:remove";
            }

            class ContactsController
            {
                const string Local = "handoff-analytics:write";

                [RequiresScope({|#0:MyScopes.Broken|})]
                [RequiresScope({|#1:Local|})]
                [RequiresScope({|#2:MyScopes.Resource + ":list"|})]
                [RequiresScope({|#3:$"{MyScopes.Resource}:erase"|})]
                [RequiresScope({|#4:@"contacts: read"|})]
                [RequiresScope({|#5:\"\"\"contacts:READ\"\"\"|})]
                public void Get() { }
            }
            """.Replace("\\\"", "\""),
            VerifyOCX0002.Diagnostic().WithLocation(0).WithMessage("'contacts:remove' is not in the scope catalog: 'remove' is not an action, the actions are read and write; remove needs 'contacts:write'"),
            VerifyOCX0002.Diagnostic().WithLocation(1).WithMessage("'handoff-analytics:write' is not in the scope catalog: Handoff analytics only supports read; use 'handoff-analytics:read'"),
            VerifyOCX0002.Diagnostic().WithLocation(2).WithMessage("'contacts:list' is not in the scope catalog: 'list' is not an action, the actions are read and write; list needs 'contacts:read'"),
            VerifyOCX0002.Diagnostic().WithLocation(3).WithMessage("'contacts:erase' is not in the scope catalog: 'erase' is not an action, the actions are read and write; did you mean 'contacts:read' or 'contacts:write'?"),
            VerifyOCX0002.Diagnostic().WithLocation(4).WithMessage("'contacts: read' is not in the scope catalog: a scope is 'resource:action'; did you mean 'contacts:read'?"),
            VerifyOCX0002.Diagnostic().WithLocation(5).WithMessage("'contacts:READ' is not in the scope catalog: scopes are lower case; use 'contacts:read'"));

    [Fact]
    public Task Reports_a_null_or_empty_scope() =>
        VerifyOCX0002.AnalyzerAsync(
            """
            #nullable disable
            using OpenCx.Scopes;

            class ContactsController
            {
                [RequiresScope({|#0:null|})]
                [RequiresScope({|#1:""|})]
                public void Get() { }
            }
            """,
            VerifyOCX0002.Diagnostic().WithLocation(0).WithMessage("null is not in the scope catalog: a scope is 'resource:action', such as 'actions:read'"),
            VerifyOCX0002.Diagnostic().WithLocation(1).WithMessage("'' is not in the scope catalog: a scope is 'resource:action', such as 'actions:read'"));

    [Fact]
    public Task Leaves_valid_scopes_constants_and_run_time_values_alone() =>
        VerifyOCX0002.AnalyzerAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            static class MyScopes
            {
                public const string ContactsRead = "contacts:read";
            }

            [RequiresScope(OpenCxScopes.HandoffAnalytics.Read)]
            class ContactsController
            {
                [RequiresScope("contacts:write")]
                [RequiresScope(MyScopes.ContactsRead)]
                [RequiresScope("org" + ":read")]
                public void Get() { }

                static void Map(WebApplication app, string fromConfig)
                {
                    app.MapGet("/tags", () => "").RequireScope(OpenCxScopes.Tags.Read).RequireScope(fromConfig);
                    var computed = new RequiresScopeAttribute(fromConfig + ":read");
                }
            }
            """);

    [Fact]
    public Task Ignores_look_alike_attributes_and_methods_outside_OpenCx_Scopes() =>
        VerifyOCX0002.AnalyzerAsync(
            """
            using Microsoft.AspNetCore.Builder;

            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class RequiresScopeAttribute(string scope) : System.Attribute { }

                static class MyExtensions
                {
                    public static T RequireScope<T>(this T builder, string scope) => builder;
                }

                class Service
                {
                    [RequiresScope("not a scope")]
                    void Get(WebApplication app)
                    {
                        app.MapGet("/x", () => "").RequireScope("nope");
                        RequireScope("nope");
                    }

                    static void RequireScope(string scope) { }
                }
            }

            namespace OpenCx.Scopes.Nested
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class RequiresScopeAttribute(string scope) : System.Attribute { }

                [RequiresScope("still not a scope")]
                class Other { }
            }
            """);

    [Fact]
    public async Task Treats_the_public_types_of_a_referenced_run_time_library_the_same()
    {
        var runtime = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "OpenCx.Scopes.Runtime",
            new[]
            {
                Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("""
                    namespace OpenCx.Scopes
                    {
                        [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true)]
                        public sealed class RequiresScopeAttribute(string scope) : System.Attribute { public string Scope { get; } = scope; }

                        public static class ScopeRequirementExtensions
                        {
                            public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
                                where TBuilder : Microsoft.AspNetCore.Builder.IEndpointConventionBuilder => builder;
                        }
                    }
                    """),
            },
            TestReferences.AspNetCoreMetadata,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using var image = new System.IO.MemoryStream();
        Assert.True(runtime.Emit(image).Success);

        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<InvalidScopeAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.None,
            TestCode = """
                using Microsoft.AspNetCore.Builder;
                using OpenCx.Scopes;

                class ContactsController
                {
                    [RequiresScope({|#0:"contact:read"|})]
                    public void Get() { }

                    static void Map(WebApplication app) => app.MapGet("/x", () => "").RequireScope({|#1:"contacts"|});
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray()));
        test.TestState.AdditionalFiles.Add((ScopesTestState.CatalogPath, GeneratorRunner.OfficialCatalogJson));
        test.ExpectedDiagnostics.Add(VerifyOCX0002.Diagnostic().WithLocation(0).WithArguments("'contact:read'", "there is no resource 'contact'; did you mean 'contacts:read'?"));
        test.ExpectedDiagnostics.Add(VerifyOCX0002.Diagnostic().WithLocation(1).WithArguments("'contacts'", "a scope is 'resource:action'; did you mean 'contacts:read' or 'contacts:write'?"));
        TestReferences.Add(test.TestState);
        await test.RunAsync();
    }

    [Fact]
    public Task Ignores_generated_code() =>
        VerifyOCX0002.AnalyzerAsync(
            """
            // <auto-generated/>
            using OpenCx.Scopes;

            class ContactsController
            {
                [RequiresScope("contact:read")]
                public void Get() { }
            }
            """);

    [Fact]
    public Task Ignores_members_marked_as_generated_code() =>
        VerifyOCX0002.AnalyzerAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            class GeneratedController
            {
                [RequiresScope("contact:read")]
                public void Get() { }

                static void Map(WebApplication app) => app.MapGet("/x", () => "").RequireScope("tag:read");
            }

            class ContactsController
            {
                [RequiresScope({|#0:"contact:write"|})]
                public void Post() { }
            }
            """,
            VerifyOCX0002.Diagnostic().WithLocation(0).WithArguments("'contact:write'", "there is no resource 'contact'; did you mean 'contacts:write'?"));

    [Fact]
    public Task Reports_nothing_when_the_catalog_cannot_be_read()
    {
        var test = new ScopesAnalyzerTest<InvalidScopeAnalyzer>
        {
            TestCode = """
                using OpenCx.Scopes;

                class ContactsController
                {
                    [RequiresScope("contact:read")]
                    public void Get() { }
                }
                """,
        };
        test.TestState.AdditionalFiles.Add((ScopesTestState.CatalogPath, "{ \"resources\": [ "));
        return test.RunAsync();
    }

    [Fact]
    public Task Checks_against_the_projects_own_catalog()
    {
        var test = new ScopesAnalyzerTest<InvalidScopeAnalyzer>
        {
            TestCode = """
                using OpenCx.Scopes;

                class ContactsController
                {
                    [RequiresScope("billing:read")]
                    [RequiresScope({|#0:"contacts:read"|})]
                    public void Get() { }
                }
                """,
        };
        test.TestState.AdditionalFiles.Add((ScopesTestState.CatalogPath, """{ "resources": [ { "id": "billing", "name": "Billing", "actions": ["read"] } ] }"""));
        test.ExpectedDiagnostics.Add(VerifyOCX0002.Diagnostic().WithLocation(0).WithMessage("'contacts:read' is not in the scope catalog: there is no resource 'contacts'"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("[RequiresScope(]")]
    [InlineData("[RequiresScope()]")]
    [InlineData("[RequiresScope(Missing)]")]
    [InlineData("[RequiresScope(\"contacts:read\" + )]")]
    [InlineData("[RequiresScope(\"contact:read\", \"extra\")]")]
    [InlineData("[RequiresScope(scope: )]")]
    [InlineData("[RequiresScope(\"contact:read)]")]
    public Task Half_typed_attributes_never_throw(string attribute)
    {
        var test = new ScopesAnalyzerTest<InvalidScopeAnalyzer>
        {
            TestCode = $$"""
                using OpenCx.Scopes;

                class ContactsController
                {
                    {{attribute}}
                    public void Get() { }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }

    [Theory]
    [InlineData("app.MapGet(\"/x\", () => \"\").RequireScope(")]
    [InlineData("app.MapGet(\"/x\", () => \"\").RequireScope()")]
    [InlineData("app.MapGet(\"/x\", () => \"\").RequireScope(Unknown.Scope)")]
    [InlineData("app.RequireScope(\"contact:read\")")]
    [InlineData("new RequiresScopeAttribute(")]
    [InlineData("new RequiresScopeAttribute(\"a\", \"b\")")]
    public Task Half_typed_calls_never_throw(string statement)
    {
        var test = new ScopesAnalyzerTest<InvalidScopeAnalyzer>
        {
            TestCode = $$"""
                using Microsoft.AspNetCore.Builder;
                using OpenCx.Scopes;

                static class Endpoints
                {
                    static void Map(WebApplication app)
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
        var test = new ScopesAnalyzerTest<InvalidScopeAnalyzer>
        {
            TestCode = """
                using OpenCx.Scopes;

                class ContactsController
                {
                    [RequiresScope({|#0:"contact:read"|})]
                    public void Get() { }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.OCX0002.severity = warning\n"));
        test.ExpectedDiagnostics.Add(VerifyOCX0002.Diagnostic().WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithArguments("'contact:read'", "there is no resource 'contact'; did you mean 'contacts:read'?"));
        return test.RunAsync();
    }
}
