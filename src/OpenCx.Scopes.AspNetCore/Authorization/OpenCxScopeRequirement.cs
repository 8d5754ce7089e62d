using System;
using Microsoft.AspNetCore.Authorization;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>Met by an API key granted <see cref="Scope"/>, or by a full-access key.</summary>
public sealed class OpenCxScopeRequirement : IAuthorizationRequirement
{
    /// <summary>Requires <paramref name="scope"/>.</summary>
    /// <param name="scope">A <c>resource:action</c> scope.</param>
    public OpenCxScopeRequirement(string scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        Scope = scope;
    }

    /// <summary>The required scope.</summary>
    public string Scope { get; }

    /// <inheritdoc/>
    public override string ToString() => $"OpenCX API key with scope {Scope}";
}
