using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Benchmarks;

/// <summary>Reading scopes.json: once per catalog edit in the generator, once per catalog text in the analyzers.</summary>
[MemoryDiagnoser]
public class CatalogParseBenchmarks
{
    private readonly SourceText official = SourceText.From(LargeService.CatalogJson);
    private readonly SourceText broken = SourceText.From(LargeService.CatalogJson.Replace("\"read\", \"write\"", "\"reed\", \"write\"").Replace("\"Tags\"", "7"));

    [Benchmark(Baseline = true)]
    public int OfficialCatalog() => CatalogParser.Parse(official).Problems.Count;

    [Benchmark]
    public int CatalogWithProblems() => CatalogParser.Parse(broken).Problems.Count;
}
