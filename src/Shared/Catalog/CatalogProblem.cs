using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Catalog;

/// <summary>A problem found in the catalog file: which rule, its message arguments, and where.</summary>
internal sealed record CatalogProblem(string RuleId, EquatableArray<string> Arguments, TextSpan Span, LinePositionSpan LineSpan);

/// <summary>What reading a catalog gives: the valid resources (null when the file can't be read at all) and every problem.</summary>
internal sealed record CatalogParseResult(ScopeCatalog? Catalog, EquatableArray<CatalogProblem> Problems);
