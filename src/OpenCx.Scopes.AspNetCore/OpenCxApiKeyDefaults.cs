namespace OpenCx.Scopes.AspNetCore;

/// <summary>Names under which AddOpenCxApiKeys registers its scheme, policy and claims.</summary>
public static class OpenCxApiKeyDefaults
{
    /// <summary>The authentication scheme that reads <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public const string AuthenticationScheme = "OpenCxApiKey";

    /// <summary>The policy [RequiresScope] and [RequiresFullAccess] name: the API-key scheme and an authenticated key.</summary>
    public const string PolicyName = "OpenCxApiKey";

    /// <summary>Claim type of each scope granted to a scoped key.</summary>
    public const string ScopeClaimType = "scope";

    /// <summary>Claim type present (value <c>true</c>) on a full-access key.</summary>
    public const string FullAccessClaimType = "opencx:full_access";
}
