using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Credentials;

/// <summary>
/// Runs OCX0003 (in C# and in additional files) on code that need not compile (half-typed code, the corpus) and keeps any exception the analyzer
/// throws, which the verifiers would only show as AD0001.
/// </summary>
internal static class KeyAnalysis
{
    public static CSharpCompilation Compile(string source) =>
        CSharpCompilation.Create(
            "KeyAnalysis",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test0.cs") },
            TestReferences.AspNetCoreMetadata,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Failures)> RunAsync(string source, string editorConfig = "") =>
        RunAsync(source, ImmutableArray<AdditionalText>.Empty, editorConfig);

    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Failures)> RunAsync(
        string source, ImmutableArray<AdditionalText> additionalFiles, string editorConfig = "")
    {
        var failures = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles, EditorConfigOptions.From(editorConfig)),
            onAnalyzerException: (exception, _, _) => { lock (failures) { failures.Add(exception); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await Compile(source)
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedApiKeyAnalyzer(), new HardCodedApiKeyInFilesAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        return (diagnostics, failures);
    }
}
