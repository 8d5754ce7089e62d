using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>An edge of the endpoint flow that leaves one method; resolved at compilation end by <see cref="FlowGraph"/>.</summary>
internal abstract record FlowDependency;

/// <summary>What the method does to the builder passed in this parameter (<c>b.RequireScope(...)</c> inside a helper).</summary>
internal sealed record ParameterUses(IParameterSymbol Parameter) : FlowDependency;

/// <summary>The builder every caller passes in this parameter: scoped only when all of them pass a scoped one.</summary>
internal sealed record CallersOf(IParameterSymbol Parameter) : FlowDependency;

/// <summary>The builder is returned: what each call site of the method adds to the result (all of them must).</summary>
internal sealed record CallSitesOf(IMethodSymbol Method) : FlowDependency;

/// <summary>The builder comes from a call to a method in source: what it has when the method returns it.</summary>
internal sealed record ReturnsOf(IMethodSymbol Method) : FlowDependency;

/// <summary>One of several values reaches here (a local assigned twice, a conditional): all must be scoped.</summary>
internal sealed record AllOf(IReadOnlyList<EndpointRequirements> Facts) : FlowDependency
{
    public bool Equals(AllOf? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => Facts.Count;
}
