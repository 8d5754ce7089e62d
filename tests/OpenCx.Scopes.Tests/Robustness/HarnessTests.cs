using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Analyzers;

// The analyzers here are test doubles, built with the tests and never shipped.
#pragma warning disable RS1036, RS1038, RS1041, RS2008

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>The fuzzing harness must be able to fail: a throwing analyzer or generator is caught and named.</summary>
public class HarnessTests
{
    [Fact]
    public void Discovers_the_generator_and_only_concrete_analyzers()
    {
        Assert.Contains(OurComponents.GeneratorTypes, type => type.Name == "ScopesGenerator");
        Assert.NotEmpty(OurComponents.AnalyzerTypes);
        Assert.All(OurComponents.AnalyzerTypes, type => Assert.False(type.IsAbstract));
        var ids = OurComponents.CreateAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id);
        Assert.All(ids, id => Assert.StartsWith("OCX", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_is_fuzzed()
    {
        var ruleIds = typeof(RuleIdentifiers).GetFields().Where(field => field.IsLiteral).Select(field => (string)field.GetRawConstantValue()!);
        var fuzzed = OurComponents.CreateAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();

        Assert.All(ruleIds, id => Assert.Contains(id, fuzzed));
    }

    [Fact]
    public void An_analyzer_exception_is_recorded()
    {
        var run = new RobustnessRun(analyzers: new DiagnosticAnalyzer[] { new ThrowingAnalyzer() });

        run.Check("control", SeedCorpus.MinimalApi);

        Assert.Contains(run.Failures, failure => failure.Contains(nameof(ThrowingAnalyzer), StringComparison.Ordinal));
    }

    [Fact]
    public void A_generator_exception_is_recorded()
    {
        var run = new RobustnessRun(generators: new[] { new ThrowingGenerator().AsSourceGenerator() });

        run.Check("control", SeedCorpus.MinimalApi);

        Assert.Contains(run.Failures, failure => failure.Contains(nameof(ThrowingGenerator), StringComparison.Ordinal));
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST0001", "t", "t", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), Microsoft.CodeAnalysis.CSharp.SyntaxKind.InvocationExpression);
        }
    }

    private sealed class ThrowingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (_, _) => throw new InvalidOperationException("boom"));
    }
}
