using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// The endpoints of each controller and each member body, found once per compilation: OCX0001 and OCX0004 look at
/// the same endpoints. An endpoint is complete when stored and never changed after.
/// </summary>
internal sealed class EndpointCache
{
    private static readonly ConditionalWeakTable<Compilation, EndpointCache> PerCompilation = new();

    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<Endpoint>> controllers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<Endpoint>> bodies = new(SymbolEqualityComparer.Default);

    public static ImmutableArray<Endpoint> InController(Compilation compilation, INamedTypeSymbol type, WellKnownTypes types) =>
        For(compilation).controllers.GetOrAdd(type, _ => EndpointFinder.InController(type, types).ToImmutableArray());

    /// <summary>The minimal-API endpoints mapped in the member whose operation blocks the context holds.</summary>
    public static ImmutableArray<Endpoint> InBody(OperationBlockAnalysisContext context, WellKnownTypes types) =>
        For(context.Compilation).bodies.GetOrAdd(
            context.OwningSymbol,
            _ => context.OperationBlocks
                .SelectMany(block => block.DescendantsAndSelf())
                .OfType<IInvocationOperation>()
                .Select(invocation => EndpointFinder.ForRouteHandler(invocation, types))
                .OfType<Endpoint>()
                .ToImmutableArray());

    private static EndpointCache For(Compilation compilation) => PerCompilation.GetValue(compilation, static _ => new EndpointCache());
}
