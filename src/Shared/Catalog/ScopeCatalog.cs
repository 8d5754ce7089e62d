using System.Collections.Generic;
using System.Linq;

namespace OpenCx.Scopes.Catalog;

/// <summary>One resource of the catalog, valid and ready to generate.</summary>
internal sealed record ScopeResource(
    string Id,
    string Name,
    string Identifier,
    string? Description,
    EquatableArray<string> Actions)
{
    public IEnumerable<string> Scopes => Actions.Select(action => Id + ":" + action);
}

/// <summary>The valid resources of a catalog, in catalog order.</summary>
internal sealed record ScopeCatalog(EquatableArray<ScopeResource> Resources)
{
    public const string Read = "read";
    public const string Write = "write";

    public IEnumerable<string> AllScopes => Resources.SelectMany(resource => resource.Scopes);

    public ScopeResource? FindResource(string id) => Resources.FirstOrDefault(resource => resource.Id == id);
}
