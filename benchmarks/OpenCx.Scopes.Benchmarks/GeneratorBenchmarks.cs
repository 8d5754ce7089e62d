using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCx.Scopes.Generator;

namespace OpenCx.Scopes.Benchmarks;

/// <summary>
/// The generator over a large service: a cold run (a new driver, as a command-line build), a warm run after
/// an unrelated edit (a keystroke in the IDE) and a warm run after a catalog edit.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation compilation = null!;
    private CSharpCompilation edited = null!;
    private GeneratorDriver warm = null!;
    private ImmutableArray<AdditionalText> editedCatalog;

    [Params(1.0)]
    public double Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        compilation = LargeService.Create(Scale);
        var tree = compilation.SyntaxTrees.Last();
        edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// edited\n"))));
        editedCatalog = ImmutableArray.Create(LargeService.Catalog(LargeService.CatalogJson.Replace("\"Tags\"", "\"Labels\"")));
        warm = NewDriver().RunGenerators(compilation);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold() => NewDriver().RunGenerators(compilation);

    [Benchmark]
    public GeneratorDriver WarmAfterUnrelatedEdit() => warm.RunGenerators(edited);

    [Benchmark]
    public GeneratorDriver WarmAfterCatalogEdit() => warm.ReplaceAdditionalTexts(editedCatalog).RunGenerators(compilation);

    private static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new ScopesGenerator().AsSourceGenerator() },
            ImmutableArray.Create(LargeService.Catalog(LargeService.CatalogJson)),
            LargeService.ParseOptions);
}
