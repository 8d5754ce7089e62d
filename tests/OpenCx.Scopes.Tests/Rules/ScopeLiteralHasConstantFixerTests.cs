using System.Threading.Tasks;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.CodeFixes.Fixes;
using OpenCx.Scopes.Tests.Infrastructure;
using VerifyOCX0005 = OpenCx.Scopes.Tests.Infrastructure.Verify<OpenCx.Scopes.Analyzers.Rules.ScopeLiteralHasConstantAnalyzer>;

namespace OpenCx.Scopes.Tests.Rules;

public class ScopeLiteralHasConstantFixerTests
{
    [Fact]
    public Task Replaces_the_literal_with_the_generated_constant() =>
        VerifyOCX0005.CodeFixAsync<ScopeLiteralHasConstantFixer>(
            """
            using OpenCx.Scopes;

            class ContactsController
            {
                [RequiresScope({|OCX0005:"contacts:read"|})] // keeps its comment
                public void Get() { }
            }
            """,
            """
            using OpenCx.Scopes;

            class ContactsController
            {
                [RequiresScope(OpenCxScopes.Contacts.Read)] // keeps its comment
                public void Get() { }
            }
            """);

    [Fact]
    public Task Adds_the_using_for_the_generated_class_in_sorted_position() =>
        VerifyOCX0005.CodeFixAsync<ScopeLiteralHasConstantFixer>(
            """
            using Microsoft.AspNetCore.Builder;

            static class Endpoints
            {
                static void Map(WebApplication app) =>
                    OpenCx.Scopes.OpenCxScopesEndpointConventionBuilderExtensions.RequireScope(app.MapGet("/tags", () => ""), {|OCX0005:"tags:write"|});
            }
            """,
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            static class Endpoints
            {
                static void Map(WebApplication app) =>
                    OpenCx.Scopes.OpenCxScopesEndpointConventionBuilderExtensions.RequireScope(app.MapGet("/tags", () => ""), OpenCxScopes.Tags.Write);
            }
            """);

    [Fact]
    public Task Keeps_a_named_argument_and_works_inside_OpenCx_Scopes_without_a_using() =>
        VerifyOCX0005.CodeFixAsync<ScopeLiteralHasConstantFixer>(
            """
            namespace OpenCx.Scopes.Service
            {
                class AnalyticsController
                {
                    [RequiresScope(scope: {|OCX0005:"handoff-analytics:read"|})]
                    public void Get() { }
                }
            }
            """,
            """
            namespace OpenCx.Scopes.Service
            {
                class AnalyticsController
                {
                    [RequiresScope(scope: OpenCxScopes.HandoffAnalytics.Read)]
                    public void Get() { }
                }
            }
            """);

    [Fact]
    public async Task Uses_the_namespace_OpenCxScopesNamespace_names()
    {
        var scopesClass = """
            namespace Acme.Auth
            {
                static class OpenCxScopes
                {
                    public static class Billing
                    {
                        public const string Read = "billing:read";
                    }
                }
            }
            """;
        var test = new ScopesCodeFixTest<ScopeLiteralHasConstantAnalyzer, ScopeLiteralHasConstantFixer>
        {
            TestCode = """
                class BillingController
                {
                    [OpenCx.Scopes.RequiresScope({|OCX0005:"billing:read"|})]
                    public void Get() { }
                }
                """,
            FixedCode = """
                using Acme.Auth;

                class BillingController
                {
                    [OpenCx.Scopes.RequiresScope(OpenCxScopes.Billing.Read)]
                    public void Get() { }
                }
                """,
        };
        test.TestState.Sources.Add(("/0/Acme.cs", scopesClass));
        test.FixedState.Sources.Add(("/0/Acme.cs", scopesClass));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.OpenCxScopesNamespace = Acme.Auth\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_in_document_and_project_replaces_every_literal_and_adds_one_using_per_file()
    {
        var test = new ScopesCodeFixTest<ScopeLiteralHasConstantAnalyzer, ScopeLiteralHasConstantFixer>
        {
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2,
            NumberOfFixAllInProjectIterations = 1,
        };
        test.TestState.Sources.Add("""
            using Microsoft.AspNetCore.Builder;

            static class Endpoints
            {
                static void Map(WebApplication app)
                {
                    var contacts = app.MapGroup("/contacts");
                    OpenCx.Scopes.OpenCxScopesEndpointConventionBuilderExtensions.RequireScope(contacts, {|OCX0005:"contacts:read"|});
                    contacts.MapPost("/", () => "").WithName("create");
                }
            }

            [OpenCx.Scopes.RequiresScope({|OCX0005:"tags:read"|})]
            [OpenCx.Scopes.RequiresScope({|OCX0005:"tags:write"|})]
            class TagsController { }
            """);
        test.TestState.Sources.Add("""
            using OpenCx.Scopes;

            [RequiresScope({|OCX0005:"sip:read"|})]
            class SipController
            {
                [RequiresScope({|OCX0005:"sip:write"|})]
                public void Post() { }
            }
            """);
        test.FixedState.Sources.Add("""
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            static class Endpoints
            {
                static void Map(WebApplication app)
                {
                    var contacts = app.MapGroup("/contacts");
                    OpenCx.Scopes.OpenCxScopesEndpointConventionBuilderExtensions.RequireScope(contacts, OpenCxScopes.Contacts.Read);
                    contacts.MapPost("/", () => "").WithName("create");
                }
            }

            [OpenCx.Scopes.RequiresScope(OpenCxScopes.Tags.Read)]
            [OpenCx.Scopes.RequiresScope(OpenCxScopes.Tags.Write)]
            class TagsController { }
            """);
        test.FixedState.Sources.Add("""
            using OpenCx.Scopes;

            [RequiresScope(OpenCxScopes.Sip.Read)]
            class SipController
            {
                [RequiresScope(OpenCxScopes.Sip.Write)]
                public void Post() { }
            }
            """);
        await test.RunAsync();
    }
}
