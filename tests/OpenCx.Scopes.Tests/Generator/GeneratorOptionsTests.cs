using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Generator;

public class GeneratorOptionsTests
{
    [Fact]
    public void OpenCxScopesNamespace_moves_the_scopes_class_but_never_the_attributes()
    {
        var runner = new GeneratorRunner();
        runner.GlobalOptions["build_property.OpenCxScopesNamespace"] = "Acme.Auth";

        var compilation = runner.Run().Compilation;

        Assert.NotNull(compilation.GetTypeByMetadataName("Acme.Auth.OpenCxScopes"));
        Assert.Null(compilation.GetTypeByMetadataName("OpenCx.Scopes.OpenCxScopes"));
        Assert.NotNull(compilation.GetTypeByMetadataName("OpenCx.Scopes.RequiresScopeAttribute"));
    }

    [Fact]
    public void Public_accessibility_makes_every_generated_type_public_and_drops_Embedded()
    {
        var runner = new GeneratorRunner();
        runner.GlobalOptions["build_property.OpenCxScopesAccessibility"] = "public";

        var result = runner.Run();

        foreach (var name in new[] { "OpenCx.Scopes.OpenCxScopes", "OpenCx.Scopes.OpenCxScopes+Contacts", "OpenCx.Scopes.RequiresScopeAttribute", "OpenCx.Scopes.RequiresFullAccessAttribute", WellKnownNames.EndpointExtensions })
        {
            var type = result.Compilation.GetTypeByMetadataName(name)!;
            Assert.Equal(Accessibility.Public, type.DeclaredAccessibility);
            Assert.DoesNotContain(type.GetAttributes(), a => a.AttributeClass!.Name == "EmbeddedAttribute");
        }
    }

    [Fact]
    public void Internal_types_carry_EmbeddedAttribute()
    {
        var attribute = new GeneratorRunner().Run().Compilation.GetTypeByMetadataName("OpenCx.Scopes.RequiresScopeAttribute")!;

        Assert.Equal(Accessibility.Internal, attribute.DeclaredAccessibility);
        Assert.Contains(attribute.GetAttributes(), a => a.AttributeClass!.ToDisplayString() == "Microsoft.CodeAnalysis.EmbeddedAttribute");
    }

    [Fact]
    public void Without_ASP_NET_Core_routing_no_endpoint_extensions_are_generated()
    {
        var result = new GeneratorRunner { WithAspNetCore = false }.Run();

        Assert.Empty(result.CompilerErrors);
        Assert.DoesNotContain("OpenCx.Scopes.EndpointExtensions.g.cs", result.Sources.Keys);
        Assert.Contains("OpenCx.Scopes.Attributes.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void RequireScope_works_on_endpoints_and_route_groups()
    {
        var runner = new GeneratorRunner();
        runner.Sources.Add("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;
            using OpenCx.Scopes;
            static class Endpoints
            {
                static void Map(IEndpointRouteBuilder app)
                {
                    RouteGroupBuilder group = app.MapGroup("/contacts").RequireScope(OpenCxScopes.Contacts.Read);
                    RouteHandlerBuilder endpoint = group.MapPost("/", () => "ok").RequireScope(OpenCxScopes.Contacts.Write);
                    app.MapGet("/admin", () => "ok").RequireFullAccess();
                }
            }
            """);

        Assert.Empty(runner.Run().CompilerErrors);
    }

    [Fact]
    public void A_referenced_runtime_package_suppresses_the_generated_attributes_and_extensions()
    {
        var runtime = CSharpCompilation.Create(
            "OpenCx.Scopes.AspNetCore",
            new[] { CSharpSyntaxTree.ParseText("namespace OpenCx.Scopes { public sealed class RequiresScopeAttribute : System.Attribute { public RequiresScopeAttribute(string scope) { } } public sealed class RequiresFullAccessAttribute : System.Attribute { } }") },
            TestReferences.NetCoreMetadata,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var runner = new GeneratorRunner();
        runner.ExtraReferences.Add(runtime.ToMetadataReference());
        runner.Sources.Add("[OpenCx.Scopes.RequiresScope(OpenCx.Scopes.OpenCxScopes.Tags.Read)] class C { }");

        var result = runner.Run();

        Assert.Empty(result.CompilerErrors);
        Assert.Equal(new[] { "OpenCxScopes.g.cs" }, result.Sources.Keys.Where(k => k.StartsWith("OpenCx")).OrderBy(k => k));
    }

    [Theory]
    [InlineData("public", false)]
    [InlineData("internal", true)]
    public void A_compiled_reference_suppresses_the_generated_attributes_only_when_it_defines_them_publicly(string accessibility, bool generated)
    {
        var library = CSharpCompilation.Create(
            "Shared.Attributes",
            new[] { CSharpSyntaxTree.ParseText($"namespace OpenCx.Scopes {{ {accessibility} sealed class RequiresScopeAttribute : System.Attribute {{ public RequiresScopeAttribute(string scope) {{ }} }} }}") },
            TestReferences.NetCoreMetadata,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new System.IO.MemoryStream();
        Assert.True(library.Emit(image).Success);
        var runner = new GeneratorRunner();
        runner.ExtraReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));

        var result = runner.Run();

        Assert.Equal(generated, result.Sources.ContainsKey("OpenCx.Scopes.Attributes.g.cs"));
        Assert.Equal(generated, result.Sources.ContainsKey("OpenCx.Scopes.EndpointExtensions.g.cs"));
    }

    [Fact]
    public void A_missing_OpenCxScopesFile_is_one_error_and_no_generated_scopes()
    {
        var runner = new GeneratorRunner();
        runner.GlobalOptions["build_property.OpenCxScopesFile"] = "config/missing.json";

        var result = runner.Run();

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("OCX0101", error.Id);
        Assert.Contains("config/missing.json", error.GetMessage());
        Assert.DoesNotContain("OpenCxScopes.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void Catalog_problems_are_located_in_the_catalog_file_and_valid_resources_still_generate()
    {
        var runner = new GeneratorRunner().WithCatalog("""
            {
              "resources": [
                { "id": "tags", "name": "Tags", "actions": ["read", "write"] },
                { "id": "billing", "name": "Billing", "actions": ["read", "delete"] }
              ]
            }
            """);
        runner.FileOptions["/project/scopes.json"] = new() { ["build_metadata.AdditionalFiles.OpenCxScopesCatalog"] = "true" };

        var result = runner.Run();

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("OCX0105", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/project/scopes.json", span.Path);
        Assert.Equal(3, span.StartLinePosition.Line);
        Assert.Equal(62, span.StartLinePosition.Character);
        Assert.Contains("did you mean \"write\"", error.GetMessage());
        Assert.Contains("billing:read", result.Sources["OpenCxScopes.g.cs"]);
        Assert.DoesNotContain("billing:delete", result.Sources["OpenCxScopes.g.cs"]);
    }

    [Fact]
    public void An_unreadable_catalog_yields_no_generated_scopes_and_one_error_but_attributes_remain()
    {
        var result = new GeneratorRunner().WithCatalog("{ \"resources\": [ { \"id\": ").Run();

        Assert.Equal("OCX0100", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.DoesNotContain("OpenCxScopes.g.cs", result.Sources.Keys);
        Assert.Contains("OpenCx.Scopes.Attributes.g.cs", result.Sources.Keys);
        Assert.Null(result.Exception);
    }
}
