using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Generator;

namespace OpenCx.Scopes.Benchmarks;

/// <summary>
/// Each analyzer of the package (found by reflection) alone over a large service with the generated code.
/// "(no-op)" is an analyzer that registers one action and does nothing: it prices the binding and driver
/// work every analyzer run shares, so an analyzer's own cost is its time minus that one.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    public const string NoOp = "(no-op)";

    private Compilation compilation = null!;
    private AnalyzerOptions options = null!;
    private DiagnosticAnalyzer analyzer = null!;

    // A tenth of the reference project (200 actions, 200 endpoints, 2,000 literals): every operation binds
    // the whole compilation, so the full size would take minutes per benchmark on a 2-core machine.
    [Params(0.1)]
    public double Scale { get; set; }

    [ParamsSource(nameof(AnalyzerNames))]
    public string Analyzer { get; set; } = NoOp;

    public static IEnumerable<string> AnalyzerNames() => new[] { NoOp }.Concat(AnalyzerTypes().Select(type => type.Name));

    [GlobalSetup]
    public void Setup()
    {
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new ScopesGenerator().AsSourceGenerator() }, ImmutableArray.Create(LargeService.Catalog(LargeService.CatalogJson)), LargeService.ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(LargeService.Create(Scale), out compilation, out _);
        options = LargeService.AnalyzerOptions(LargeService.CatalogJson);
        analyzer = Analyzer == NoOp
            ? new NoOpAnalyzer()
            : (DiagnosticAnalyzer)Activator.CreateInstance(AnalyzerTypes().Single(type => type.Name == Analyzer))!;
    }

    [Benchmark]
    public int Analyze() =>
        compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    private static IEnumerable<Type> AnalyzerTypes() =>
        typeof(OpenCx.Scopes.Analyzers.RuleIdentifiers).Assembly.GetTypes()
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(type => type.Name, StringComparer.Ordinal);

#pragma warning disable RS1001, RS1036 // a benchmark yardstick, never shipped
    internal sealed class NoOpAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1036
    {
        private static readonly DiagnosticDescriptor Rule = new("NOOP", "no-op", "no-op", "Benchmark", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.InvocationExpression);
        }
    }
}
