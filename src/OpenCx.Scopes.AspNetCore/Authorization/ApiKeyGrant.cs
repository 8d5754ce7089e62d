using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>
/// What the API key behind a principal may do, read from the identity the API-key scheme built. A struct: every scoped
/// request asks for one.
/// </summary>
internal readonly struct ApiKeyGrant
{
    private readonly ClaimsIdentity identity;

    private ApiKeyGrant(ClaimsIdentity identity)
    {
        this.identity = identity;
        HasFullAccess = identity.HasClaim(OpenCxApiKeyDefaults.FullAccessClaimType, "true");
    }

    public bool HasFullAccess { get; }

    public string KeyName => identity.Name ?? string.Empty;

    /// <summary>The grant of the API-key identity in <paramref name="principal"/>, or null when no key authenticated.</summary>
    public static ApiKeyGrant? Of(ClaimsPrincipal? principal)
    {
        if (principal is null)
        {
            return null;
        }

        foreach (var identity in principal.Identities)
        {
            if (identity.IsAuthenticated && identity.AuthenticationType == OpenCxApiKeyDefaults.AuthenticationScheme)
            {
                return new ApiKeyGrant(identity);
            }
        }

        return null;
    }

    public bool Allows(string scope) => HasFullAccess || identity.HasClaim(OpenCxApiKeyDefaults.ScopeClaimType, scope);

    public IEnumerable<string> Missing(IEnumerable<string> requiredScopes)
    {
        var grant = this;
        return requiredScopes.Where(scope => !grant.Allows(scope)).Distinct();
    }
}
