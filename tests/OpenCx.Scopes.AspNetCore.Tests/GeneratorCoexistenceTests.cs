using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCx.Scopes.Generator;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>A project with the OpenCx.Scopes generator and a reference to this package gets one of each type, from this package.</summary>
public sealed class GeneratorCoexistenceTests
{
    private const string Consumer = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;
        using OpenCx.Scopes;

        [ApiController]
        [Route("contacts")]
        [RequiresScope(OpenCxScopes.Contacts.Read)]
        public sealed class ContactsController : ControllerBase
        {
            [HttpDelete]
            [RequiresFullAccess]
            public void Purge() { }
        }

        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/tags", () => "tags").RequireScope(OpenCxScopes.Tags.Read);
                app.MapGroup("/admin").RequireFullAccess().MapGet("/", () => "admin");
            }
        }
        """;

    [Fact]
    public void With_the_package_referenced_the_generator_emits_the_scope_constants_and_no_twin_types()
    {
        var (compilation, generated) = Compile(withPackage: true);

        Assert.Contains("OpenCxScopes.g.cs", generated);
        Assert.DoesNotContain("OpenCx.Scopes.Attributes.g.cs", generated);
        Assert.DoesNotContain("OpenCx.Scopes.EndpointExtensions.g.cs", generated);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var attribute = compilation.GetTypeByMetadataName("OpenCx.Scopes.RequiresScopeAttribute");
        Assert.Equal(typeof(RequiresScopeAttribute).Assembly.GetName().Name, attribute?.ContainingAssembly.Name);
    }

    [Fact]
    public void Without_the_package_the_generator_emits_the_attributes_and_extensions_itself()
    {
        var (compilation, generated) = Compile(withPackage: false);

        Assert.Contains("OpenCx.Scopes.Attributes.g.cs", generated);
        Assert.Contains("OpenCx.Scopes.EndpointExtensions.g.cs", generated);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Package_extensions_have_the_generated_class_name()
    {
        Assert.Equal(
            "OpenCx.Scopes.OpenCxScopesEndpointConventionBuilderExtensions",
            typeof(OpenCxScopesEndpointConventionBuilderExtensions).FullName);
    }

    // The package targets net8.0 and the consumer net10.0: the SDK hides these version-unification notices too.
    private static readonly ImmutableDictionary<string, ReportDiagnostic> UnificationNotices =
        ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("CS1701", ReportDiagnostic.Suppress).Add("CS1702", ReportDiagnostic.Suppress);

    private static (Compilation Compilation, string[] Generated) Compile(bool withPackage)
    {
        var references = FrameworkReferences();
        if (withPackage)
        {
            references = references.Add(MetadataReference.CreateFromFile(typeof(RequiresScopeAttribute).Assembly.Location));
        }

        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(Consumer, path: "/project/Consumer.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(UnificationNotices));
        var driver = CSharpGeneratorDriver.Create(new ScopesGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var generated = driver.GetRunResult().Results.Single().GeneratedSources.Select(source => source.HintName).Order().ToArray();
        return (output, generated);
    }

    // The .NET and ASP.NET Core shared frameworks the tests run on, and nothing else.
    private static ImmutableArray<MetadataReference> FrameworkReferences()
    {
        var folders = new[] { typeof(object), typeof(WebApplication) }.Select(type => Path.GetDirectoryName(type.Assembly.Location)!).ToHashSet();
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => folders.Contains(Path.GetDirectoryName(path)!))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
