using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Authorization;
using OpenCx.Scopes.AspNetCore;

namespace OpenCx.Scopes;

/// <summary>
/// The endpoint needs an API key with this scope, or a full-access key. Several on one endpoint
/// (its controller, base classes and route group included) are all required.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class RequiresScopeAttribute : Attribute, IAuthorizeData, IAuthorizationRequirementData
{
    private readonly IAuthorizationRequirement[] requirements;

    /// <summary>Requires <paramref name="scope"/>, such as <c>OpenCxScopes.Contacts.Read</c>.</summary>
    /// <param name="scope">A <c>resource:action</c> scope from the catalog.</param>
    public RequiresScopeAttribute(string scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        Scope = scope;
        requirements = [new OpenCxScopeRequirement(scope)];
    }

    /// <summary>The required scope.</summary>
    public string Scope { get; }

    IEnumerable<IAuthorizationRequirement> IAuthorizationRequirementData.GetRequirements() => requirements;

    // As IAuthorizeData the attribute names the API-key policy, which selects the API-key scheme:
    // [RequiresScope] works alone, without [Authorize] and whatever the app's default policy is.
    string? IAuthorizeData.Policy { get => OpenCxApiKeyDefaults.PolicyName; set => throw new NotSupportedException(); }

    string? IAuthorizeData.Roles { get => null; set => throw new NotSupportedException(); }

    string? IAuthorizeData.AuthenticationSchemes { get => null; set => throw new NotSupportedException(); }
}
