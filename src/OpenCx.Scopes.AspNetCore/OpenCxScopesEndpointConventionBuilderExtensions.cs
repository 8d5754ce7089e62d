using System;
using Microsoft.AspNetCore.Builder;

namespace OpenCx.Scopes;

/// <summary>Adds OpenCX scope requirements to minimal-API endpoints and route groups.</summary>
public static class OpenCxScopesEndpointConventionBuilderExtensions
{
    /// <summary>The endpoints need an API key with <paramref name="scope"/>, or a full-access key.</summary>
    /// <param name="builder">An endpoint or a route group.</param>
    /// <param name="scope">A <c>resource:action</c> scope, such as <c>OpenCxScopes.Contacts.Read</c>.</param>
    /// <returns>The same builder.</returns>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var requirement = new RequiresScopeAttribute(scope);
        builder.Add(endpoint => endpoint.Metadata.Add(requirement));
        return builder;
    }

    /// <summary>The endpoints are for full-access API keys only.</summary>
    /// <param name="builder">An endpoint or a route group.</param>
    /// <returns>The same builder.</returns>
    public static TBuilder RequireFullAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var requirement = new RequiresFullAccessAttribute();
        builder.Add(endpoint => endpoint.Metadata.Add(requirement));
        return builder;
    }
}
