using Microsoft.AspNetCore.Authorization;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>Met only by a full-access API key.</summary>
public sealed class OpenCxFullAccessRequirement : IAuthorizationRequirement
{
    /// <inheritdoc/>
    public override string ToString() => "OpenCX full-access API key";
}
