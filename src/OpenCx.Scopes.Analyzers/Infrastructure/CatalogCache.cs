using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Analyzers;

/// <summary>
/// The catalog each compilation checks against, parsed once per catalog text: the IDE hands the same
/// text to every compilation until the file changes. A catalog that can't be read checks nothing.
/// </summary>
internal static class CatalogCache
{
    private static readonly ConditionalWeakTable<SourceText, ScopeCatalog> Parsed = new();
    private static readonly ScopeCatalog Empty = new(EquatableArray<ScopeResource>.Empty);

    public static ScopeCatalog? For(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var text = CatalogFile.TextFor(options, cancellationToken);
        var catalog = Parsed.GetValue(text, static text => CatalogParser.Parse(text).Catalog ?? Empty);
        return ReferenceEquals(catalog, Empty) ? null : catalog;
    }
}
