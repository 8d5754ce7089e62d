namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// What a call of ControllerEndpointRouteBuilderExtensions maps, and so which actions its builder's conventions reach.
/// All these calls share one data source: MapControllers() returns its default builder, whose conventions reach every
/// action; a conventional route's builder reaches only the actions with no route template, which that route serves.
/// </summary>
internal enum ControllerMapping
{
    None,

    /// <summary>MapControllers().</summary>
    AllActions,

    /// <summary>MapControllerRoute(), MapDefaultControllerRoute(), MapAreaControllerRoute().</summary>
    ConventionalRoute,
}
