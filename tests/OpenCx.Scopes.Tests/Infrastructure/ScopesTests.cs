using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace OpenCx.Scopes.Tests.Infrastructure;

/// <summary>
/// What every analyzer and code-fix test compiles with: .NET 10 and ASP.NET Core reference assemblies,
/// the code the real generator makes from the official catalog, and that catalog as an additional file.
/// The test's own code stays the first document (/0/Test0.cs), so markup and locations read naturally.
/// </summary>
internal static class ScopesTestState
{
    public const string CatalogPath = "/0/scopes.json";

    private static readonly IReadOnlyList<(string Name, string Text)> Generated =
        new GeneratorRunner().Run().Sources.Select(pair => ($"/0/Generated/{pair.Key}", pair.Value)).ToList();

    /// <summary>Adds the generated code and the catalog to a test state; call after the test's own sources.</summary>
    public static void AddScopes(SolutionState state, string? catalogJson = null)
    {
        TestReferences.Add(state);
        foreach (var (name, text) in Generated)
        {
            state.Sources.Add((name, text));
        }

        if (!state.AdditionalFiles.Any(file => file.filename.EndsWith("scopes.json", System.StringComparison.Ordinal)))
        {
            state.AdditionalFiles.Add((CatalogPath, catalogJson ?? GeneratorRunner.OfficialCatalogJson));
        }
    }
}

public sealed class ScopesAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public ScopesAnalyzerTest() => ReferenceAssemblies = TestReferences.None;

    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        ScopesTestState.AddScopes(TestState);
        return base.RunImplAsync(cancellationToken);
    }
}

public sealed class ScopesCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public ScopesCodeFixTest() => ReferenceAssemblies = TestReferences.None;

    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        ScopesTestState.AddScopes(TestState);
        if (FixedState.Sources.Count > 0)
        {
            ScopesTestState.AddScopes(FixedState);
        }

        if (BatchFixedState.Sources.Count > 0)
        {
            ScopesTestState.AddScopes(BatchFixedState);
        }

        return base.RunImplAsync(cancellationToken);
    }
}

/// <summary>Short forms for the common cases: code with markup in, expected diagnostics or fixed code out.</summary>
public static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string? id = null) =>
        id is null ? CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic() : CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new ScopesAnalyzerTest<TAnalyzer> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task CodeFixAsync<TCodeFix>(string source, string fixedSource, int? codeActionIndex = null)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new ScopesCodeFixTest<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource, CodeActionIndex = codeActionIndex };
        return test.RunAsync();
    }
}
