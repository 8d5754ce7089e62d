using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using OpenCx.Scopes.Analyzers.Rules;

namespace OpenCx.Scopes.Tests.Infrastructure;

/// <summary>
/// Runs the three endpoint-flow analyzers together (OCX0001 live and at compilation end, OCX0007), as a build
/// does, so a test also shows that no endpoint gets both rules.
/// </summary>
public sealed class EndpointRulesTest : CSharpAnalyzerTest<EndpointWithoutScopeAnalyzer, DefaultVerifier>
{
    public EndpointRulesTest() => ReferenceAssemblies = TestReferences.None;

    public static DiagnosticResult Missing(int location, string endpoint) =>
        new DiagnosticResult(EndpointWithoutScopeAnalyzer.Rule).WithLocation(location).WithArguments(endpoint);

    public static DiagnosticResult Unverifiable(int location, string endpoint, string reason) =>
        new DiagnosticResult(EndpointScopeUnverifiableAnalyzer.Rule).WithLocation(location).WithArguments(endpoint, reason);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => RunAsync(source, OutputKind.DynamicallyLinkedLibrary, Array.Empty<MetadataReference>(), expected);

    public static Task VerifyAsync(string source, IEnumerable<MetadataReference> references, params DiagnosticResult[] expected) =>
        RunAsync(source, OutputKind.DynamicallyLinkedLibrary, references, expected);

    /// <summary>For a Program.cs with top-level statements.</summary>
    public static Task VerifyProgramAsync(string source, params DiagnosticResult[] expected) => RunAsync(source, OutputKind.ConsoleApplication, Array.Empty<MetadataReference>(), expected);

    /// <summary>A class library compiled here, as a referenced project or package would come: metadata only.</summary>
    public static MetadataReference Library(string name, string source, params MetadataReference[] references)
    {
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source) },
            TestReferences.AspNetCoreMetadata.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    /// <summary>Asp.Versioning.Http and its abstractions, copied beside the tests by the project file.</summary>
    public static IReadOnlyList<MetadataReference> AspVersioning { get; } =
        new[] { "Asp.Versioning.Http.dll", "Asp.Versioning.Abstractions.dll" }
            .Select(file => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "References", file)))
            .ToList();

    private static Task RunAsync(string source, OutputKind kind, IEnumerable<MetadataReference> references, DiagnosticResult[] expected)
    {
        var test = new EndpointRulesTest { TestCode = source };
        test.TestState.OutputKind = kind;
        test.TestState.AdditionalReferences.AddRange(references);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        new DiagnosticAnalyzer[] { new EndpointWithoutScopeAnalyzer(), new EndpointWithoutScopeAtCompilationEndAnalyzer(), new EndpointScopeUnverifiableAnalyzer() };

    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        ScopesTestState.AddScopes(TestState);
        return base.RunImplAsync(cancellationToken);
    }
}
