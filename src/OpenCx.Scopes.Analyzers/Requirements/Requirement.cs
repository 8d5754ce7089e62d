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
internal sealed class Requirement
{
    private readonly AttributeData? attribute;
    private Location? scopeLocation;

    public Requirement(RequirementKind kind, string? scope, Location? scopeLocation, bool own)
    {
        Kind = kind;
        Scope = scope;
        Own = own;
        this.scopeLocation = scopeLocation;
    }

    /// <summary>A [RequiresScope] attribute's: where its argument is, found only when a rule asks.</summary>
    public Requirement(string? scope, AttributeData attribute, bool own)
        : this(RequirementKind.Scope, scope, null, own) =>
        this.attribute = attribute;

    public RequirementKind Kind { get; }

    public string? Scope { get; }

    public bool Own { get; }

    /// <summary>Where the scope argument is written; null when it has no place in source.</summary>
    public Location? ScopeLocation => scopeLocation ??= attribute is null ? null : RequirementAttributes.ArgumentLocation(attribute);
}

/// <summary>
/// What one method's code shows about a builder (an endpoint, a group, MapControllers()): the requirements added
/// to it here, why a requirement may be added where the analyzer can't see (<see cref="UnknownReason"/>), and the
/// places in other methods that decide the rest (<see cref="Dependencies"/>). The builder is scoped when a
/// requirement is found here or any dependency resolves to scoped; see <see cref="FlowGraph"/>.
/// </summary>
internal sealed class EndpointRequirements
{
    private readonly List<Requirement> found = new();
    private readonly List<FlowDependency> dependencies = new();

    public IReadOnlyList<Requirement> Found => found;

    /// <summary>Why a requirement may be added out of sight: "its route group is stored in field '_group'".</summary>
    public string? UnknownReason { get; private set; }

    /// <summary>Other methods' code that may add a requirement: callers, callees, call sites of a returned builder.</summary>
    public IReadOnlyList<FlowDependency> Dependencies => dependencies;

    /// <summary>The method that returns this endpoint's own builder: a wrapper whose call sites are the endpoints.</summary>
    public IMethodSymbol? ReturnedFrom { get; set; }

    /// <summary>Code still being typed (a call that doesn't bind) on the chain: nothing to say until it compiles.</summary>
    public bool Incomplete { get; set; }

    /// <summary>A requirement is found here (or the code around it is still being typed).</summary>
    public bool HasRequirement => found.Count > 0 || Incomplete;

    /// <summary>Decided by this method's code alone: a requirement is here, or nothing outside can add one.</summary>
    public bool IsLocal => HasRequirement || (dependencies.Count == 0 && ReturnedFrom is null);

    public void Add(Requirement requirement)
    {
        // The same call is often reached twice (through a local and through its initializer).
        if (!found.Any(existing => existing.Kind == requirement.Kind && existing.Scope == requirement.Scope && Equals(existing.ScopeLocation, requirement.ScopeLocation)))
        {
            found.Add(requirement);
        }
    }

    public void MarkUnknown(string reason) => UnknownReason ??= reason;

    public void Add(FlowDependency dependency)
    {
        if (!dependencies.Contains(dependency))
        {
            dependencies.Add(dependency);
        }
    }

    public void AddAll(EndpointRequirements other)
    {
        foreach (var requirement in other.found)
        {
            Add(requirement);
        }

        foreach (var dependency in other.dependencies)
        {
            Add(dependency);
        }

        if (other.UnknownReason is { } reason)
        {
            MarkUnknown(reason);
        }

        ReturnedFrom ??= other.ReturnedFrom;
        Incomplete |= other.Incomplete;
    }
}
