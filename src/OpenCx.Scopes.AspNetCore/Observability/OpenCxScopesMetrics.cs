using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>
/// The <c>OpenCx.Scopes.AspNetCore</c> meter, created through <see cref="IMeterFactory"/> as ASP.NET Core creates
/// its own. Tags name keys and scopes, never keys or hashes.
/// </summary>
internal sealed class OpenCxScopesMetrics
{
    public const string MeterName = "OpenCx.Scopes.AspNetCore";

    private readonly Counter<long> authenticationResults;
    private readonly Counter<long> authorizationRefusals;
    private readonly Counter<long> reloadFailures;

    public OpenCxScopesMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        authenticationResults = meter.CreateCounter<long>(
            "opencx.scopes.authentication.results", "{request}", "Requests the API-key scheme authenticated, by result (success, missing, invalid, revoked) and key name.");
        authorizationRefusals = meter.CreateCounter<long>(
            "opencx.scopes.authorization.refusals", "{request}", "Requests refused with 403 for lack of a scope or of full access, by missing scope and key name.");
        reloadFailures = meter.CreateCounter<long>(
            "opencx.scopes.keys.reload_failures", "{reload}", "Configuration reloads refused because an API-key entry was malformed; the last good key set stays in force.");
    }

    public void Authenticated(AuthenticationOutcome result, string? keyName)
    {
        if (!authenticationResults.Enabled)
        {
            return;
        }

        var tags = new TagList { { "result", ResultName(result) } };
        if (keyName is not null)
        {
            tags.Add("key.name", keyName);
        }

        authenticationResults.Add(1, tags);
    }

    public void Refused(string keyName, string missing)
    {
        if (authorizationRefusals.Enabled)
        {
            authorizationRefusals.Add(1, new KeyValuePair<string, object?>("scope", missing), new KeyValuePair<string, object?>("key.name", keyName));
        }
    }

    public void ReloadFailed() => reloadFailures.Add(1);

    private static string ResultName(AuthenticationOutcome result) => result switch
    {
        AuthenticationOutcome.Success => "success",
        AuthenticationOutcome.Missing => "missing",
        AuthenticationOutcome.Revoked => "revoked",
        _ => "invalid",
    };
}

/// <summary>What the API-key scheme made of a request's credentials.</summary>
internal enum AuthenticationOutcome
{
    Success,
    Missing,
    Invalid,
    Revoked,
}
