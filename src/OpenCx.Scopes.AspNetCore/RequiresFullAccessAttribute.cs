using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Authorization;
using OpenCx.Scopes.AspNetCore;

namespace OpenCx.Scopes;

/// <summary>The endpoint is for full-access API keys only; scoped keys are refused.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class RequiresFullAccessAttribute : Attribute, IAuthorizeData, IAuthorizationRequirementData
{
    private static readonly IAuthorizationRequirement[] Requirements = [new OpenCxFullAccessRequirement()];

    IEnumerable<IAuthorizationRequirement> IAuthorizationRequirementData.GetRequirements() => Requirements;

    // See RequiresScopeAttribute: selects the API-key scheme through its policy.
    string? IAuthorizeData.Policy { get => OpenCxApiKeyDefaults.PolicyName; set => throw new NotSupportedException(); }

    string? IAuthorizeData.Roles { get => null; set => throw new NotSupportedException(); }

    string? IAuthorizeData.AuthenticationSchemes { get => null; set => throw new NotSupportedException(); }
}
