using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Generator;
using OpenCx.Scopes.Scale;

namespace OpenCx.Scopes.Benchmarks;

/// <summary>
/// What -p:ReportAnalyzer=true measures, in one process: our analyzers beside ASP.NET Core's (from the SDK's
/// targeting pack) over a synthetic service, each run on a fresh copy of the compilation, with every
/// analyzer's own time and the time to compile the same code as the yardstick. Also the process to trace:
/// <c>dotnet-trace collect -- dotnet OpenCx.Scopes.Benchmarks.dll --profile --only InvalidScopeAnalyzer</c>.
/// </summary>
internal static class AnalyzerProfile
{
    private const string Ours = "OpenCx.Scopes";

    public static void Run(string[] args)
    {
        var scale = double.Parse(Option(args, "--scale") ?? "1", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var density = Option(args, "--case") ?? "dense";
        var only = Option(args, "--only");

        var source = LargeService.Create(ScaleOptions.For(ScaleOptions.ParseCase(density)).Times(scale));
        CSharpGeneratorDriver.Create(new[] { new ScopesGenerator().AsSourceGenerator() }, ImmutableArray.Create(LargeService.Catalog(LargeService.CatalogJson)), LargeService.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(source, out var compilation, out _);
        var options = LargeService.AnalyzerOptions(LargeService.CatalogJson);
        // --only names one of our analyzers, or (no-op) for the analysis work every analyzer shares.
        var analyzers = only == AnalyzerBenchmarks.NoOp
            ? ImmutableArray.Create<DiagnosticAnalyzer>(new AnalyzerBenchmarks.NoOpAnalyzer())
            : OurAnalyzers().Concat(only is null ? AspNetCoreAnalyzers() : Enumerable.Empty<DiagnosticAnalyzer>())
                .Where(analyzer => only is null || analyzer.GetType().Name == only)
                .ToImmutableArray();
        Console.WriteLine($"{density} {scale:g}x: {compilation.SyntaxTrees.Count()} files, {analyzers.Length} analyzers, load {Load()}");

        for (var run = 1; run <= runs; run++)
        {
            var clock = Stopwatch.StartNew();
            compilation.Clone().Emit(Stream.Null);
            var emit = clock.Elapsed.TotalSeconds;

            var withAnalyzers = compilation.Clone().WithAnalyzers(
                analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            var analysis = clock.Elapsed.TotalSeconds;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0;
            var times = analyzers.ToDictionary(a => a, a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, default).GetAwaiter().GetResult().ExecutionTime.TotalSeconds);
            Report(run, emit, analysis, allocated, diagnostics.Length, times);
        }
    }

    private static void Report(int run, double emit, double analysis, double allocated, int diagnostics, Dictionary<DiagnosticAnalyzer, double> times)
    {
        var costliest = times.Where(t => !IsOurs(t.Key)).Select(t => t.Value).DefaultIfEmpty(0).Max();
        var ours = times.Where(t => IsOurs(t.Key)).Sum(t => t.Value);
        Console.WriteLine($"\nrun {run}: emit {emit:F2} s, analysis {analysis:F2} s ({diagnostics} diagnostics, {allocated:F0} MB allocated), ours {ours:F3} s = {ours / emit * 100:F1}% of emit, load {Load()}");
        foreach (var (analyzer, seconds) in times.OrderByDescending(t => t.Value).Take(14))
        {
            var ratio = costliest > 0 ? $"{seconds / costliest:F2}x" : "-";
            Console.WriteLine($"  {(IsOurs(analyzer) ? "[ours]" : "[ASP.NET Core]"),-14} {analyzer.GetType().Name,-48} {seconds,8:F3} s {ratio,7}");
        }
    }

    private static bool IsOurs(DiagnosticAnalyzer analyzer) => analyzer.GetType().FullName!.StartsWith(Ours, StringComparison.Ordinal);

    private static IEnumerable<DiagnosticAnalyzer> OurAnalyzers() =>
        typeof(OpenCx.Scopes.Analyzers.RuleIdentifiers).Assembly.GetTypes()
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!);

    // The analyzers the Web SDK adds to every ASP.NET Core project, from the targeting pack.
    private static IEnumerable<DiagnosticAnalyzer> AspNetCoreAnalyzers()
    {
        var folder = Path.Combine(LargeService.PackFolder("Microsoft.AspNetCore.App.Ref"), "analyzers", "dotnet", "cs");
        return Directory.GetFiles(folder, "*Analyzers.dll")
            .SelectMany(path => new AnalyzerFileReference(path, new AssemblyLoader()).GetAnalyzers(LanguageNames.CSharp));
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private sealed class AssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
