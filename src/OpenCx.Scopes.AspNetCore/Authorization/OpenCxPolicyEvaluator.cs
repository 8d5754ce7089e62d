using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>
/// ASP.NET Core's <see cref="PolicyEvaluator"/>, minus one redundant step. A policy that names the API-key scheme and
/// no other one makes the evaluator authenticate that scheme again and put its principal in <c>HttpContext.User</c>.
/// When the authentication middleware already did exactly that in this request (the API-key scheme is the app's default
/// one, and nothing has replaced the user since), the evaluator would get the handler's cached result back and set the
/// same user: this evaluator returns that result at once. Every other case, an endpoint that also names another
/// scheme included, goes to the base evaluator unchanged.
/// </summary>
internal sealed class OpenCxPolicyEvaluator(IAuthorizationService authorization) : PolicyEvaluator(authorization)
{
    public override Task<AuthenticateResult> AuthenticateAsync(AuthorizationPolicy policy, HttpContext context)
    {
        if (policy.AuthenticationSchemes is [OpenCxApiKeyDefaults.AuthenticationScheme]
            && context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult is
                { Succeeded: true, Ticket.AuthenticationScheme: OpenCxApiKeyDefaults.AuthenticationScheme } authenticated
            && ReferenceEquals(authenticated.Principal, context.User))
        {
            return Task.FromResult(authenticated);
        }

        return base.AuthenticateAsync(policy, context);
    }
}
