using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Generator;

/// <summary>The catalog the build chose: its path (null for the official one) and what reading it gave.</summary>
internal sealed record CatalogInput(string? Path, CatalogParseResult Result)
{
    public static CatalogInput Official { get; } = new(null, CatalogParser.Parse(CatalogFile.OfficialText));

    public static CatalogInput Read(string path, SourceText? text) =>
        new(path, text is null ? Unopenable : CatalogParser.Parse(text));

    private static CatalogParseResult Unopenable { get; } = new(
        null,
        new[] { new CatalogProblem(CatalogRuleIds.Unreadable, new[] { "the file can't be opened" }.ToEquatableArray(), default, default) }.ToEquatableArray());
}
