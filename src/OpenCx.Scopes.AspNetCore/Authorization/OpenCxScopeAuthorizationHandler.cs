using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>Meets scope and full-access requirements from the API key the request authenticated with.</summary>
internal sealed class OpenCxScopeAuthorizationHandler : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (ApiKeyGrant.Of(context.User) is not { } grant)
        {
            return Task.CompletedTask;
        }

        foreach (var requirement in context.Requirements)
        {
            var met = requirement switch
            {
                OpenCxScopeRequirement scope => grant.Allows(scope.Scope),
                OpenCxFullAccessRequirement => grant.HasFullAccess,
                _ => false,
            };
            if (met)
            {
                context.Succeed(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
