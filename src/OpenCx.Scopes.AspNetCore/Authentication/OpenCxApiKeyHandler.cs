using System.Linq;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> against the <see cref="IOpenCxApiKeyStore"/> and answers
/// 401 / 403 with RFC 6750 WWW-Authenticate headers. Logs name keys, never show them.
/// </summary>
internal sealed class OpenCxApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOpenCxApiKeyStore store,
    OpenCxScopesMetrics metrics,
    OpenCxScopesLogger logger)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    /// <summary>The <c>scope</c> tag of a refusal by an endpoint for full-access keys only.</summary>
    public const string FullAccessRefusal = "full-access";

    // The base handler makes a new events object for every request when the options name none; this scheme has no
    // events, so one shared object does.
    private static readonly Task<object> NoEvents = Task.FromResult(new object());

    private readonly ILogger events = logger.Events;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var sha256 = new byte[SHA256.HashSizeInBytes];
        switch (BearerCredential.Read(Request.Headers.Authorization, sha256))
        {
            case CredentialKind.Missing:
                metrics.Authenticated(AuthenticationOutcome.Missing, keyName: null);
                return AuthenticateResult.NoResult();
            case CredentialKind.Malformed:
                metrics.Authenticated(AuthenticationOutcome.Invalid, keyName: null);
                OpenCxScopesLog.MalformedCredentialRefused(events, Context.GetEndpoint()?.DisplayName);
                return AuthenticateResult.Fail("The Authorization header does not hold a well-formed Bearer API key.");
        }

        // The built-in stores answer at once and never read the token; asking Kestrel for RequestAborted makes it
        // create a cancellation source for the request, which a minimal endpoint would not otherwise need.
        var cancellation = store is ConfiguredOpenCxApiKeyStore or InMemoryOpenCxApiKeyStore ? CancellationToken.None : Context.RequestAborted;
        var key = await store.FindAsync(sha256, cancellation);
        if (key is null)
        {
            metrics.Authenticated(AuthenticationOutcome.Invalid, keyName: null);
            OpenCxScopesLog.UnknownKeyRefused(events, Context.GetEndpoint()?.DisplayName);
            return AuthenticateResult.Fail("The API key is not known.");
        }

        if (key.IsRevoked)
        {
            metrics.Authenticated(AuthenticationOutcome.Revoked, key.Name);
            OpenCxScopesLog.RevokedKeyRefused(events, key.Name);
            return AuthenticateResult.Fail($"The API key '{key.Name}' has been revoked.");
        }

        metrics.Authenticated(AuthenticationOutcome.Success, key.Name);
        OpenCxScopesLog.KeyAuthenticated(events, key.Name, key.HasFullAccess);
        return AuthenticateResult.Success(new AuthenticationTicket(PrincipalFor(key), Scheme.Name));
    }

    protected override Task<object> CreateEventsAsync() => NoEvents;

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, result.Failure is null ? BearerChallenge.MissingCredentials : BearerChallenge.InvalidToken);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        string[] missing = [];
        if (ApiKeyGrant.Of(result.Principal) is { } grant)
        {
            missing = grant.Missing(RequiredScopes()).ToArray();
            ReportRefusal(grant, missing);
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, BearerChallenge.InsufficientScope(missing));
    }

    // A new principal for every request: claims transformations may change it. Each claim is made with the identity as
    // its subject, which AddClaim keeps as it is instead of cloning it.
    private static ClaimsPrincipal PrincipalFor(OpenCxApiKey key)
    {
        var identity = new ClaimsIdentity(OpenCxApiKeyDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(ClaimOf(identity, ClaimTypes.Name, key.Name));
        if (key.HasFullAccess)
        {
            identity.AddClaim(ClaimOf(identity, OpenCxApiKeyDefaults.FullAccessClaimType, "true"));
        }

        foreach (var scope in key.ScopeList)
        {
            identity.AddClaim(ClaimOf(identity, OpenCxApiKeyDefaults.ScopeClaimType, scope));
        }

        return new ClaimsPrincipal(identity);
    }

    private static Claim ClaimOf(ClaimsIdentity identity, string type, string value) =>
        new(type, value, ClaimValueTypes.String, ClaimsIdentity.DefaultIssuer, ClaimsIdentity.DefaultIssuer, identity);

    private void ReportRefusal(ApiKeyGrant grant, string[] missing)
    {
        var endpoint = Context.GetEndpoint();
        if (missing.Length > 0)
        {
            var scopes = string.Join(' ', missing);
            metrics.Refused(grant.KeyName, scopes);
            OpenCxScopesLog.ScopeRefused(events, grant.KeyName, endpoint?.DisplayName, scopes);
        }
        else if (!grant.HasFullAccess && endpoint?.Metadata.GetMetadata<RequiresFullAccessAttribute>() is not null)
        {
            metrics.Refused(grant.KeyName, FullAccessRefusal);
            OpenCxScopesLog.FullAccessRefused(events, grant.KeyName, endpoint.DisplayName);
        }
    }

    // The scopes the endpoint asks for, wherever they were declared (attribute, group, convention).
    private string[] RequiredScopes() =>
        Context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizationRequirementData>()
            .SelectMany(static data => data.GetRequirements())
            .OfType<OpenCxScopeRequirement>()
            .Select(static requirement => requirement.Scope)
            .ToArray() ?? [];
}
