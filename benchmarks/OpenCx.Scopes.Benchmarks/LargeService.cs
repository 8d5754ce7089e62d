using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Scale;

namespace OpenCx.Scopes.Benchmarks;

/// <summary>
/// A synthetic service (the same generator as measure-build.sh) as an in-memory compilation against the
/// ASP.NET Core reference assemblies installed with the SDK, with the official catalog as additional file.
/// </summary>
internal static class LargeService
{
    public static string CatalogJson { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scopes.json"));

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilation Create(double scale) => Create(new ScaleOptions().Times(scale));

    public static CSharpCompilation Create(ScaleOptions options)
    {
        var service = new SyntheticService(options);
        var trees = service.Files()
            .Where(file => file.Path.EndsWith(".cs", StringComparison.Ordinal) && !file.Path.StartsWith("Baseline", StringComparison.Ordinal))
            .Select(file => CSharpSyntaxTree.ParseText(GlobalUsings + file.Text, ParseOptions, "/service/" + file.Path));
        return CSharpCompilation.Create(
            "Synthetic.Service",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static AdditionalText Catalog(string json) => new InMemoryText("/service/scopes.json", json);

    public static AnalyzerOptions AnalyzerOptions(string json) => new(ImmutableArray.Create(Catalog(json)));

    // What the Web SDK's implicit usings give the real project.
    private const string GlobalUsings =
        "using System; using System.Collections.Generic; using System.Linq; using System.Threading.Tasks; "
        + "using Microsoft.AspNetCore.Builder; using Microsoft.AspNetCore.Http; using Microsoft.AspNetCore.Routing; "
        + "using Microsoft.Extensions.DependencyInjection;\n";

    /// <summary>The newest installed version of a targeting pack of the SDK running this process.</summary>
    public static string PackFolder(string pack)
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var packRoot = Path.Combine(dotnetRoot, "packs", pack);
        return Directory.GetDirectories(packRoot).OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0])).First();
    }

    private static ImmutableArray<MetadataReference> References() =>
        new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
            .SelectMany(pack => Directory.GetFiles(Directory.GetDirectories(Path.Combine(PackFolder(pack), "ref")).OrderBy(d => d).Last(), "*.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path => path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => source;
    }
}
