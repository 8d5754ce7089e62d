using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers.Requirements;

internal enum RequirementKind
{
    Scope,
    FullAccess,
    Anonymous,
}

/// <summary>
/// One requirement found for an endpoint. <see cref="Scope"/> is the constant scope string (null when it isn't a
/// constant); <see cref="Own"/> is true when it sits on the endpoint itself rather than on its controller or group.
/// </summary>
internal sealed record Requirement(RequirementKind Kind, string? Scope, Location? ScopeLocation, bool Own);

/// <summary>Everything known about where an endpoint's scopes come from.</summary>
internal sealed class EndpointRequirements
{
    private readonly List<Requirement> found = new();

    public IReadOnlyList<Requirement> Found => found;

    /// <summary>The builder escapes to code we can't follow (returned, stored in a field...), so a requirement may be added there.</summary>
    public bool Unknown { get; set; }

    /// <summary>The route group comes in through this parameter: the callers decide.</summary>
    public IParameterSymbol? GroupParameter { get; set; }

    public bool IsSatisfied => found.Count > 0 || Unknown;

    public void Add(Requirement requirement)
    {
        // The same call is often reached twice (through a local and through its initializer).
        if (!found.Any(existing => existing.Kind == requirement.Kind && existing.Scope == requirement.Scope && Equals(existing.ScopeLocation, requirement.ScopeLocation)))
        {
            found.Add(requirement);
        }
    }
}
