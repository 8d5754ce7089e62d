using System;
using System.Collections.Generic;
using System.Linq;
using OpenCx.Scopes;
using OpenCx.Scopes.OpenApi;

namespace Microsoft.AspNetCore.OpenApi;

/// <summary>Shows OpenCX API-key scopes in the OpenAPI document.</summary>
public static class OpenCxScopesOpenApiOptionsExtensions
{
    /// <summary>
    /// Adds the <c>OpenCxApiKey</c> bearer security scheme, listing the official catalog's scopes, and to each
    /// operation the scopes its endpoint requires (<c>x-opencx-full-access: true</c> for full-access-only
    /// operations, nothing for anonymous ones) with its 401 and 403 responses.
    /// </summary>
    /// <param name="options">The options given to <c>AddOpenApi</c>.</param>
    /// <returns>The same options.</returns>
    public static OpenApiOptions AddOpenCxScopes(this OpenApiOptions options) =>
        options.AddOpenCxScopes(OpenCxScopes.All);

    /// <summary>
    /// As <see cref="AddOpenCxScopes(OpenApiOptions)"/>, with the scheme listing <paramref name="catalogScopes"/>:
    /// pass <c>OpenCxScopes.All</c> when the service builds with a catalog of its own.
    /// </summary>
    /// <param name="options">The options given to <c>AddOpenApi</c>.</param>
    /// <param name="catalogScopes">Every scope of the service's catalog.</param>
    /// <returns>The same options.</returns>
    public static OpenApiOptions AddOpenCxScopes(this OpenApiOptions options, IEnumerable<string> catalogScopes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalogScopes);
        var transformer = new OpenCxScopesTransformer(catalogScopes.ToArray());
        options.AddDocumentTransformer(transformer);
        options.AddOperationTransformer(transformer);
        return options;
    }
}
