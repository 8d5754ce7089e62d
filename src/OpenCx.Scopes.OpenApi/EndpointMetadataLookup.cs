using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCx.Scopes.OpenApi;

/// <summary>Finds the metadata of the endpoint the app routes an API description's requests to.</summary>
internal static class EndpointMetadataLookup
{
    /// <summary>
    /// A controller action's routed endpoint carries conventions (MapControllers().RequireScope(...)) that its
    /// action descriptor lacks, so it is preferred; a minimal-API description already holds its endpoint's
    /// complete metadata, route groups included.
    /// </summary>
    public static IReadOnlyList<object> For(ApiDescription description, System.IServiceProvider services)
    {
        var action = description.ActionDescriptor;
        var endpoint = services.GetService<EndpointDataSource>()?.Endpoints
            .FirstOrDefault(candidate => ReferenceEquals(candidate.Metadata.GetMetadata<ActionDescriptor>(), action));
        return endpoint is not null ? endpoint.Metadata.ToList() : action.EndpointMetadata.ToList();
    }
}
