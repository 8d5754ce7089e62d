using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Tests.Infrastructure;

// The analyzers here are test doubles, built with the tests and never shipped.
#pragma warning disable RS1036, RS1038, RS1041, RS2008

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>
/// The IDE cancels analysis on every keystroke: a token cancelled in the middle of a run must end it
/// promptly with OperationCanceledException, never a hang, an AD0001 or another exception.
/// </summary>
public class CancellationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Analyzers_cancelled_mid_run_end_with_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        var run = new RobustnessRun();
        var compilation = run.Check("large service", LargeService(copies: 20), CancellationToken.None);
        var analyzers = run.Analyzers.Add(new CancelOnTreeAnalyzer(cancellation, afterTrees: 10));

        var analysis = Task.Run(() => compilation.WithAnalyzers(analyzers, run.Options("cancelled run")).GetAnalyzerDiagnosticsAsync(cancellation.Token));

        Assert.Same(analysis, await Task.WhenAny(analysis, Task.Delay(Patience)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analysis);
        Assert.Empty(run.Failures);
    }

    [Fact]
    public async Task Generator_cancelled_mid_run_ends_with_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        var catalog = new CancellableAdditionalText("/project/scopes.json", GeneratorRunner.OfficialCatalogJson);
        var driver = CSharpGeneratorDriver.Create(OurComponents.CreateGenerators(), ImmutableArray.Create<AdditionalText>(catalog), null, new CancellingOptionsProvider(cancellation));

        var generation = Task.Run(() => driver.RunGeneratorsAndUpdateCompilation(LargeService(copies: 5), out _, out _, cancellation.Token));

        Assert.Same(generation, await Task.WhenAny(generation, Task.Delay(Patience)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generation);
        Assert.True(catalog.ReadWasCancelled);

        var rerun = driver.RunGenerators(LargeService(copies: 1)).GetRunResult().Results.Single();
        Assert.Null(rerun.Exception);
        Assert.Contains(rerun.GeneratedSources, source => source.HintName == "OpenCxScopes.g.cs");
    }

    private static Compilation LargeService(int copies) =>
        RobustnessRun.Compile(Enumerable.Range(0, copies)
            .SelectMany(i => SeedCorpus.All.Select(seed => seed.Source
                .Replace("namespace Service", $"namespace Service{i}", StringComparison.Ordinal)
                .Replace("namespace Integration", $"namespace Integration{i}", StringComparison.Ordinal)))
            .ToArray());

    /// <summary>Stands in for the user's keystroke: cancels the run once it is well under way.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class CancelOnTreeAnalyzer(CancellationTokenSource cancellation, int afterTrees) : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST0002", "t", "t", "Test", DiagnosticSeverity.Hidden, true);
        private int trees;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxTreeAction(_ =>
            {
                if (Interlocked.Increment(ref trees) == afterTrees)
                {
                    cancellation.Cancel();
                }
            });
        }
    }

    /// <summary>A catalog file that, like a real one on disk, stops reading when the token it is given is cancelled.</summary>
    private sealed class CancellableAdditionalText(string path, string text) : AdditionalText
    {
        public bool ReadWasCancelled { get; private set; }

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            ReadWasCancelled = cancellationToken.IsCancellationRequested;
            cancellationToken.ThrowIfCancellationRequested();
            return SourceText.From(text);
        }
    }

    /// <summary>Cancels the run in the generator's first catalog step, before the catalog is read.</summary>
    private sealed class CancellingOptionsProvider(CancellationTokenSource cancellation) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => new InMemoryOptions(new());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new InMemoryOptions(new());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            cancellation.Cancel();
            return new InMemoryOptions(new());
        }
    }
}
