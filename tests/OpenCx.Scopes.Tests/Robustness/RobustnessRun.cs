using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>
/// Runs the generator, then every analyzer over the generated compilation, the way the compiler does,
/// and records anything that escapes: analyzer exceptions (the callback and AD0001), generator
/// exceptions and CS8785. One instance keeps one generator driver, so successive runs are incremental
/// like keystrokes in an editor.
/// </summary>
internal sealed class RobustnessRun
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilation Empty = CSharpCompilation.Create(
        "Service",
        references: TestReferences.AspNetCoreMetadata,
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private readonly ImmutableArray<DiagnosticAnalyzer> analyzers;
    private readonly ConcurrentQueue<string> failures = new();
    private GeneratorDriver driver;
    private ImmutableArray<AdditionalText> catalog;

    /// <summary>Our analyzers and generators, or the given ones (to show the harness catches what escapes).</summary>
    public RobustnessRun(string? catalogJson = null, DiagnosticAnalyzer[]? analyzers = null, ISourceGenerator[]? generators = null)
    {
        this.analyzers = analyzers?.ToImmutableArray() ?? OurComponents.CreateAnalyzers();
        catalog = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/project/scopes.json", catalogJson ?? GeneratorRunner.OfficialCatalogJson));
        driver = CreateDriver(generators?.ToImmutableArray() ?? OurComponents.CreateGenerators(), catalog);
    }

    public IReadOnlyCollection<string> Failures => failures;

    public ImmutableArray<DiagnosticAnalyzer> Analyzers => analyzers;

    public void UseCatalog(string json)
    {
        var next = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/project/scopes.json", json));
        driver = driver.ReplaceAdditionalTexts(next);
        catalog = next;
    }

    public static CSharpCompilation Compile(params string[] sources) =>
        Empty.AddSyntaxTrees(sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, $"/project/Source{i}.cs")));

    /// <summary>Generator then analyzers over the sources; a failure is recorded with the case name to reproduce it.</summary>
    public Compilation Check(string caseName, params string[] sources) => Check(caseName, Compile(sources), CancellationToken.None);

    /// <summary>Returns the compilation with the generated code, as the analyzers saw it.</summary>
    public Compilation Check(string caseName, Compilation compilation, CancellationToken cancellationToken)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, cancellationToken);
        foreach (var result in driver.GetRunResult().Results.Where(r => r.Exception is not null))
        {
            Fail(caseName, $"generator {result.Generator.GetGeneratorType().Name} threw {result.Exception}");
        }

        foreach (var diagnostic in generatorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785"))
        {
            Fail(caseName, diagnostic.ToString());
        }

        if (analyzers.IsEmpty)
        {
            return output;
        }

        var withAnalyzers = output.WithAnalyzers(analyzers, Options(caseName));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
        foreach (var diagnostic in diagnostics.Where(d => d.Id is "AD0001" or "AD0002"))
        {
            Fail(caseName, diagnostic.ToString());
        }

        return output;
    }

    public CompilationWithAnalyzersOptions Options(string caseName) => new(
        new AnalyzerOptions(catalog, new InMemoryOptionsProvider(new(), new())),
        onAnalyzerException: (exception, analyzer, diagnostic) => Fail(caseName, $"{analyzer.GetType().Name} threw {exception}"),
        concurrentAnalysis: false,
        logAnalyzerExecutionTime: false,
        reportSuppressedDiagnostics: true);

    private static GeneratorDriver CreateDriver(ImmutableArray<ISourceGenerator> generators, ImmutableArray<AdditionalText> additionalTexts) =>
        CSharpGeneratorDriver.Create(
            generators,
            additionalTexts,
            ParseOptions,
            new InMemoryOptionsProvider(new(), new()));

    private void Fail(string caseName, string what) => failures.Enqueue($"{caseName}: {what}");
}
