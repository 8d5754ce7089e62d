using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Endpoints;

internal enum EndpointKind
{
    Action,
    InheritedAction,
    RouteHandler,
}

/// <summary>
/// One HTTP endpoint: its display name ("GET /contacts/{id}" or "ContactsController.Get"), where a missing
/// requirement is reported, the methods it accepts, its requirements, and words that hint at its resource.
/// </summary>
internal sealed record Endpoint(
    string Name,
    Location Location,
    EndpointKind Kind,
    HttpMethodSet Methods,
    EndpointRequirements Requirements,
    ImmutableArray<string> ResourceHints)
{
    /// <summary>For an endpoint a wrapper maps: the wrapper's parameter that names its route at each call site.</summary>
    public IParameterSymbol? PatternParameter { get; init; }

    /// <summary>
    /// For a controller action with no route template of its own or its controller's: it is reached through the
    /// conventional routes (MapControllerRoute, MapDefaultControllerRoute), whose conventions it gets too.
    /// </summary>
    public bool ConventionallyRouted { get; init; }
}
