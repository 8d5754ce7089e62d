using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Generator;

/// <summary>The catalog the build chose: its path (null for the official one) and what reading it gave.</summary>
internal sealed record CatalogInput(string? Path, CatalogParseResult Result)
{
    public static CatalogInput Official { get; } = new(null, CatalogParser.Parse(CatalogFile.OfficialText));

    public static CatalogInput Read(string path, SourceText? text) =>
        text is null
            ? new CatalogInput(path, new CatalogParseResult(null, EquatableArray<CatalogProblem>.Empty))
            : new CatalogInput(path, CatalogParser.Parse(text));
}
