using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Catalog;

/// <summary>How the build hands the catalog to the compiler, and the official catalog shipped inside the assembly.</summary>
internal static class CatalogFile
{
    public const string FileName = "scopes.json";
    public const string CatalogMetadata = "build_metadata.AdditionalFiles.OpenCxScopesCatalog";
    public const string FileProperty = "build_property.OpenCxScopesFile";
    public const string NamespaceProperty = "build_property.OpenCxScopesNamespace";
    public const string AccessibilityProperty = "build_property.OpenCxScopesAccessibility";

    private static readonly System.Lazy<SourceText> Official = new(ReadOfficialCatalog);

    /// <summary>The catalog the package ships, used when the build names none.</summary>
    public static SourceText OfficialText => Official.Value;

    /// <summary>
    /// True for the file the package's build props marked as the catalog, or, when nothing is
    /// marked (the props were not imported), for a file named scopes.json.
    /// </summary>
    public static bool IsMarkedCatalog(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue(CatalogMetadata, out var marked)
        && string.Equals(marked, "true", System.StringComparison.OrdinalIgnoreCase);

    public static bool IsNamedCatalog(AdditionalText file) =>
        string.Equals(Path.GetFileName(file.Path), FileName, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The catalog of a compilation: the marked file, else a scopes.json, else null.</summary>
    public static AdditionalText? Find(System.Collections.Immutable.ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options) =>
        files.FirstOrDefault(file => IsMarkedCatalog(file, options)) ?? files.FirstOrDefault(IsNamedCatalog);

    /// <summary>The catalog text an analyzer should check against, never null.</summary>
    public static SourceText TextFor(AnalyzerOptions options, CancellationToken cancellationToken) =>
        Find(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider)?.GetText(cancellationToken) ?? OfficialText;

    private static SourceText ReadOfficialCatalog()
    {
        using var stream = typeof(CatalogFile).Assembly.GetManifestResourceStream("OpenCx.Scopes.scopes.json");
        using var reader = new StreamReader(stream!);
        return SourceText.From(reader.ReadToEnd());
    }
}
