using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>
/// A call of a method in source that takes or returns a builder, kept for compilation end: what each builder
/// argument carries, what is added to the returned builder, and (for wrappers) where to report and the route.
/// </summary>
internal sealed record CallSite(
    IMethodSymbol Method,
    Location Location,
    ImmutableArray<ITypeSymbol> TypeArguments,
    ITypeParameterSymbol? ConstrainedTo,
    EndpointRequirements? Result,
    IReadOnlyDictionary<int, EndpointRequirements> Arguments,
    IReadOnlyDictionary<int, string> Constants);
