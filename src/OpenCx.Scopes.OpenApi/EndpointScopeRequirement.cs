using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Authorization;
using OpenCx.Scopes.AspNetCore;

namespace OpenCx.Scopes.OpenApi;

/// <summary>What an endpoint asks of an API key, read from the metadata the authorization middleware enforces.</summary>
internal sealed record EndpointScopeRequirement(bool FullAccess, IReadOnlyList<string> Scopes)
{
    public static readonly EndpointScopeRequirement None = new(false, []);

    public bool IsProtected => FullAccess || Scopes.Count > 0;

    /// <summary>
    /// As the authorization middleware combines them: any <see cref="IAllowAnonymous"/> lets every request in,
    /// otherwise the requirements of every <see cref="IAuthorizationRequirementData"/> and
    /// <see cref="AuthorizationPolicy"/> (the RequiresScope / RequiresFullAccess attributes, from the endpoint,
    /// its controller, base classes and route groups) all apply.
    /// </summary>
    public static EndpointScopeRequirement From(IReadOnlyList<object> metadata)
    {
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return None;
        }

        var requirements = metadata.OfType<IAuthorizationRequirementData>().SelectMany(data => data.GetRequirements())
            .Concat(metadata.OfType<AuthorizationPolicy>().SelectMany(policy => policy.Requirements))
            .ToList();
        var scopes = requirements.OfType<OpenCxScopeRequirement>().Select(requirement => requirement.Scope).Distinct().ToList();
        var fullAccess = requirements.OfType<OpenCxFullAccessRequirement>().Any();
        return new EndpointScopeRequirement(fullAccess, fullAccess ? [] : scopes);
    }
}
