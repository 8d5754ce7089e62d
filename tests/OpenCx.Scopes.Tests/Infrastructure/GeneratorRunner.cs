using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Generator;

namespace OpenCx.Scopes.Tests.Infrastructure;

/// <summary>Runs the real generator over a hand-built compilation, as the compiler would.</summary>
internal sealed class GeneratorRunner
{
    public static string OfficialCatalogJson { get; } = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "scopes.json"));

    public List<string> Sources { get; } = new();

    public List<AdditionalText> AdditionalFiles { get; } = new();

    public Dictionary<string, string> GlobalOptions { get; } = new();

    public Dictionary<string, Dictionary<string, string>> FileOptions { get; } = new();

    public bool WithAspNetCore { get; set; } = true;

    public List<MetadataReference> ExtraReferences { get; } = new();

    public GeneratorRunner WithCatalog(string json, string path = "/project/scopes.json")
    {
        AdditionalFiles.Add(new InMemoryAdditionalText(path, json));
        return this;
    }

    public CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "Consumer",
            Sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, path: $"/project/Source{i}.cs")),
            (WithAspNetCore ? TestReferences.AspNetCoreMetadata : TestReferences.NetCoreMetadata).AddRange(ExtraReferences),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new ScopesGenerator().AsSourceGenerator() },
            AdditionalFiles,
            (CSharpParseOptions)CSharpSyntaxTree.ParseText(string.Empty).Options,
            new InMemoryOptionsProvider(GlobalOptions, FileOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the output compilation and every diagnostic (generator's and compiler's).</summary>
    public GeneratorResult Run()
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(CreateCompilation(), out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        return new GeneratorResult(
            output,
            generatorDiagnostics,
            output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray(),
            result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()),
            result.Exception);
    }
}

internal sealed record GeneratorResult(
    Compilation Compilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilerErrors,
    Dictionary<string, string> Sources,
    System.Exception? Exception);

internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text);

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}

internal sealed class InMemoryOptionsProvider(Dictionary<string, string> global, Dictionary<string, Dictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new InMemoryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new InMemoryOptions(new());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new InMemoryOptions(perFile.TryGetValue(textFile.Path, out var options) ? options : new());
}

internal sealed class InMemoryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
{
    public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
}
