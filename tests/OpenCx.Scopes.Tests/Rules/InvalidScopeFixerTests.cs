using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.CodeFixes.Fixes;
using OpenCx.Scopes.Tests.Infrastructure;
using VerifyOCX0002 = OpenCx.Scopes.Tests.Infrastructure.Verify<OpenCx.Scopes.Analyzers.Rules.InvalidScopeAnalyzer>;

namespace OpenCx.Scopes.Tests.Rules;

public class InvalidScopeFixerTests
{
    [Fact]
    public Task Replaces_a_wrong_literal_with_the_generated_constant() =>
        VerifyOCX0002.CodeFixAsync<InvalidScopeFixer>(
            """
            using OpenCx.Scopes;

            class ContactsController
            {
                [RequiresScope({|OCX0002:"contacts:delete"|})]
                public void Delete() { }
            }
            """,
            """
            using OpenCx.Scopes;

            class ContactsController
            {
                [RequiresScope(OpenCxScopes.Contacts.Write)]
                public void Delete() { }
            }
            """);

    [Fact]
    public Task Adds_the_using_when_the_attribute_is_written_fully_qualified() =>
        VerifyOCX0002.CodeFixAsync<InvalidScopeFixer>(
            """
            class ContactsController
            {
                [OpenCx.Scopes.RequiresScope({|OCX0002:"Contacts:Read"|})]
                public void Get() { }
            }
            """,
            """
            using OpenCx.Scopes;

            class ContactsController
            {
                [OpenCx.Scopes.RequiresScope(OpenCxScopes.Contacts.Read)]
                public void Get() { }
            }
            """);

    [Theory]
    [InlineData(0, "OpenCxScopes.Contacts.Read")]
    [InlineData(1, "OpenCxScopes.Contacts.Write")]
    public Task Offers_one_action_per_suggestion(int index, string constant) =>
        VerifyOCX0002.CodeFixAsync<InvalidScopeFixer>(
            """
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            static class Endpoints
            {
                static void Map(WebApplication app) =>
                    app.MapGet("/contacts", () => "").RequireScope({|OCX0002:"contacts"|});
            }
            """,
            $$"""
            using Microsoft.AspNetCore.Builder;
            using OpenCx.Scopes;

            static class Endpoints
            {
                static void Map(WebApplication app) =>
                    app.MapGet("/contacts", () => "").RequireScope({{constant}});
            }
            """,
            index);

    [Fact]
    public async Task Titles_name_the_scope_each_action_puts_in()
    {
        var test = new ScopesCodeFixTest<InvalidScopeAnalyzer, InvalidScopeFixer>
        {
            TestCode = """
                using OpenCx.Scopes;

                class ContactsController
                {
                    [RequiresScope({|OCX0002:"contacts"|})]
                    public void Get() { }
                }
                """,
            FixedCode = """
                using OpenCx.Scopes;

                class ContactsController
                {
                    [RequiresScope(OpenCxScopes.Contacts.Write)]
                    public void Get() { }
                }
                """,
            CodeActionEquivalenceKey = "OCX0002:contacts:write",
            CodeActionVerifier = (action, verifier) => verifier.Equal("Use 'contacts:write'", action.Title),
        };
        await test.RunAsync();
    }

    [Fact]
    public Task Replaces_a_reference_to_a_user_constant_at_the_argument_and_leaves_the_constant() =>
        VerifyOCX0002.CodeFixAsync<InvalidScopeFixer>(
            """
            using OpenCx.Scopes;

            static class MyScopes
            {
                public const string Analytics = "handoff-analytics:write";
            }

            class AnalyticsController
            {
                [RequiresScope({|OCX0002:MyScopes.Analytics|})]
                public void Get() { }
            }
            """,
            """
            using OpenCx.Scopes;

            static class MyScopes
            {
                public const string Analytics = "handoff-analytics:write";
            }

            class AnalyticsController
            {
                [RequiresScope(OpenCxScopes.HandoffAnalytics.Read)]
                public void Get() { }
            }
            """);

    [Fact]
    public async Task Falls_back_to_a_literal_when_no_generated_constant_exists()
    {
        // A project whose generated code is not there (say, it was excluded): the fix still writes a valid scope.
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<InvalidScopeAnalyzer, InvalidScopeFixer, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.None,
            TestCode = """
                namespace OpenCx.Scopes
                {
                    [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
                    public sealed class RequiresScopeAttribute(string scope) : System.Attribute { }
                }

                [OpenCx.Scopes.RequiresScope({|OCX0002:"contact:read"|})]
                class ContactsController { }
                """,
            FixedCode = """
                namespace OpenCx.Scopes
                {
                    [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
                    public sealed class RequiresScopeAttribute(string scope) : System.Attribute { }
                }

                [OpenCx.Scopes.RequiresScope("contacts:read")]
                class ContactsController { }
                """,
        };
        test.TestState.AdditionalFiles.Add((ScopesTestState.CatalogPath, GeneratorRunner.OfficialCatalogJson));
        TestReferences.Add(test.TestState, aspNetCore: false);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_in_document_and_project_applies_the_chosen_scope_wherever_it_is_offered()
    {
        var test = new ScopesCodeFixTest<InvalidScopeAnalyzer, InvalidScopeFixer>
        {
            CodeActionEquivalenceKey = "OCX0002:contacts:read",
            CodeActionIndex = 0,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2,
            NumberOfFixAllInProjectIterations = 1,
        };
        test.TestState.Sources.Add("""
            using OpenCx.Scopes;

            class ContactsController
            {
                [RequiresScope({|OCX0002:"Contacts:Read"|})]
                public void Get() { }

                [RequiresScope({|OCX0002:"contact:read"|})]
                public void List() { }

                [RequiresScope({|OCX0002:"tags:delete"|})]
                public void Delete() { }
            }
            """);
        test.TestState.Sources.Add("""
            class OtherController
            {
                [OpenCx.Scopes.RequiresScope({|OCX0002:"CONTACTS:READ"|})]
                public void Get() { }
            }
            """);
        test.FixedState.Sources.Add("""
            using OpenCx.Scopes;

            class ContactsController
            {
                [RequiresScope(OpenCxScopes.Contacts.Read)]
                public void Get() { }

                [RequiresScope(OpenCxScopes.Contacts.Read)]
                public void List() { }

                [RequiresScope("tags:delete")]
                public void Delete() { }
            }
            """);
        test.FixedState.Sources.Add("""
            using OpenCx.Scopes;

            class OtherController
            {
                [OpenCx.Scopes.RequiresScope(OpenCxScopes.Contacts.Read)]
                public void Get() { }
            }
            """);
        var stillWrong = VerifyOCX0002.Diagnostic().WithSpan("/0/Test0.cs", 11, 20, 11, 33)
            .WithArguments("'tags:delete'", "'delete' is not an action, the actions are read and write; delete needs 'tags:write'");
        test.FixedState.ExpectedDiagnostics.Add(stillWrong);
        test.BatchFixedState.Sources.Add(test.FixedState.Sources[0]);
        test.BatchFixedState.Sources.Add(test.FixedState.Sources[1]);
        test.BatchFixedState.ExpectedDiagnostics.Add(stillWrong);
        await test.RunAsync();
    }
}
