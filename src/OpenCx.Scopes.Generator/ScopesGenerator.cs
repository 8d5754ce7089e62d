using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Generator;

/// <summary>
/// Turns the scope catalog into OpenCxScopes constants, the endpoint attributes and, where ASP.NET Core
/// routing is referenced, the RequireScope / RequireFullAccess extensions.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ScopesGenerator : IIncrementalGenerator
{
    public static class TrackingNames
    {
        public const string Catalog = nameof(Catalog);
        public const string Options = nameof(Options);
        public const string References = nameof(References);
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output => output.AddEmbeddedAttributeDefinition());

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var marked = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => CatalogFile.IsMarkedCatalog(pair.Left, pair.Right))
            .Select(static (pair, _) => pair.Left)
            .Collect();
        var named = context.AdditionalTextsProvider.Where(CatalogFile.IsNamedCatalog).Collect();

        var catalog = marked.Combine(named)
            .Select(static (files, cancellationToken) =>
            {
                var file = files.Left.FirstOrDefault() ?? files.Right.FirstOrDefault();
                return file is null ? CatalogInput.Official : CatalogInput.Read(file.Path, file.GetText(cancellationToken));
            })
            .WithTrackingName(TrackingNames.Catalog);

        var references = context.MetadataReferencesProvider
            .Select(static (reference, _) => ReferencedTypes.Of(reference))
            .Collect()
            .Select(static (facts, _) => facts.Aggregate(ReferenceFacts.None, static (all, one) => all.Or(one)))
            .WithTrackingName(TrackingNames.References);

        context.RegisterSourceOutput(catalog.Combine(options), static (output, input) => EmitScopes(output, input.Left, input.Right));
        context.RegisterSourceOutput(options.Combine(references), static (output, input) => EmitAttributes(output, input.Left, input.Right));
    }

    private static GeneratorOptions ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions global)
    {
        global.TryGetValue(CatalogFile.NamespaceProperty, out var ns);
        global.TryGetValue(CatalogFile.AccessibilityProperty, out var accessibility);
        global.TryGetValue(CatalogFile.FileProperty, out var file);
        var isPublic = string.Equals(accessibility?.Trim(), "public", System.StringComparison.OrdinalIgnoreCase);
        return new GeneratorOptions(
            IsValidNamespace(ns) ? ns!.Trim() : GeneratorOptions.DefaultNamespace,
            isPublic,
            string.IsNullOrWhiteSpace(file) ? null : file!.Trim());
    }

    private static bool IsValidNamespace(string? ns) =>
        !string.IsNullOrWhiteSpace(ns) && ns!.Trim().Split('.').All(ResourceIdentifier.IsValid);

    private static void EmitScopes(SourceProductionContext output, CatalogInput input, GeneratorOptions options)
    {
        if (input.Path is null && options.CatalogFileSetting is { } setting)
        {
            output.ReportDiagnostic(Diagnostic.Create(CatalogDiagnostics.FileNotFound, Location.None, setting));
            return;
        }

        foreach (var problem in input.Result.Problems)
        {
            var location = input.Path is null ? Location.None : Location.Create(input.Path, problem.Span, problem.LineSpan);
            output.ReportDiagnostic(Diagnostic.Create(CatalogDiagnostics.For(problem.RuleId), location, problem.Arguments.Cast<object>().ToArray()));
        }

        if (input.Result.Catalog is { } catalog)
        {
            output.AddSource("OpenCxScopes.g.cs", SourceText.From(ScopesClassEmitter.Emit(catalog, options, embedded: !options.IsPublic), System.Text.Encoding.UTF8));
        }
    }

    private static void EmitAttributes(SourceProductionContext output, GeneratorOptions options, ReferenceFacts references)
    {
        if (references.HasRuntimePackage)
        {
            return;
        }

        var embedded = !options.IsPublic;
        output.AddSource("OpenCx.Scopes.Attributes.g.cs", SourceText.From(AttributesEmitter.Emit(options, embedded), System.Text.Encoding.UTF8));
        if (references.HasRouting)
        {
            output.AddSource("OpenCx.Scopes.EndpointExtensions.g.cs", SourceText.From(EndpointExtensionsEmitter.Emit(options, embedded), System.Text.Encoding.UTF8));
        }
    }
}
