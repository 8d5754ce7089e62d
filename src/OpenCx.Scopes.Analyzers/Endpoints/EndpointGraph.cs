using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// The endpoints of a compilation and the flow between its methods, built once and shared by OCX0001, OCX0004
/// and OCX0007. While you type, a body is bound only when its text names a Map* method; at compilation end, the
/// methods in source that take or return a builder and the bodies that call them are bound too. Each body is
/// analyzed once, whichever rule asks first.
/// </summary>
internal sealed class EndpointGraph
{
    private static readonly ConditionalWeakTable<Compilation, EndpointGraph> PerCompilation = new();

    private readonly Compilation compilation;
    private readonly WellKnownTypes types;
    private readonly ConcurrentDictionary<SyntaxNode, Lazy<ImmutableArray<Endpoint>>> bodies = new();
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<Endpoint>> controllers = new(SymbolEqualityComparer.Default);
    private readonly TokenPositions mapNames = TokenPositions.MapMethods();
    private readonly ConcurrentDictionary<SyntaxTree, bool> analyzedTrees = new();
    private readonly Lazy<LiveConventions> controllerConventions;
    private readonly object followingRest = new();
    private bool followedRest;

    private EndpointGraph(Compilation compilation)
    {
        this.compilation = compilation;
        types = WellKnownTypes.For(compilation);
        Flow = new FlowGraph(types);
        controllerConventions = new Lazy<LiveConventions>(FindControllerConventions);
    }

    public FlowGraph Flow { get; }

    public WellKnownTypes Types => types;

    /// <summary>
    /// What the conventions of MapControllers() and of the conventional routes give a controller action, when the
    /// methods that make those calls decide it (so controllers are still reported while you type); null when other
    /// methods do, and only compilation end knows (<see cref="FlowGraph.ControllerConventions"/>).
    /// </summary>
    public Verdict? ControllerConventionsFor(Endpoint action)
    {
        var (allActions, routes) = controllerConventions.Value;
        if (allActions is { Kind: VerdictKind.Scoped })
        {
            return allActions;
        }

        if (allActions is not { } known || (action.ConventionallyRouted && routes is null))
        {
            return null;
        }

        return FlowGraph.ForControllerAction(known, routes is { Count: > 0 } ? Verdict.Meet(routes) : null, action.ConventionallyRouted);
    }

    public static EndpointGraph For(Compilation compilation) => PerCompilation.GetValue(compilation, static c => new EndpointGraph(c));

    // Asked by each rule for every type of the compilation: each type is looked at once, and only controllers are entered.
    public ImmutableArray<Endpoint> InController(INamedTypeSymbol type) =>
        controllers.TryGetValue(type, out var found)
            ? found
            : controllers.GetOrAdd(type, MvcFacts.IsController(type, types) ? EndpointFinder.InController(type, types).ToImmutableArray() : ImmutableArray<Endpoint>.Empty);

    /// <summary>
    /// The minimal-API endpoints mapped in one code block; its cross-method edges go to <see cref="Flow"/>. Only a
    /// body that names a Map* method can map one, so only those are bound while you type; the other bodies the flow
    /// needs (helpers, and their callers) are bound at compilation end by <see cref="FollowTheRest"/>.
    /// </summary>
    public ImmutableArray<Endpoint> InBody(SyntaxNode block, ISymbol owner, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!mapNames.AnyWithin(block.SyntaxTree, block.FullSpan, cancellationToken))
        {
            return ImmutableArray<Endpoint>.Empty;
        }

        return bodies.GetOrAdd(block, node => new Lazy<ImmutableArray<Endpoint>>(
            () => Analyze(node, owner, model, cancellationToken),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Whether a code block of <paramref name="type"/> may map an endpoint: its text names a Map* method.</summary>
    public bool MayMapIn(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (mapNames.AnyWithin(reference.SyntaxTree, reference.Span, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A file the driver handed over for analysis (generated code is not): helpers' callers are searched there.</summary>
    public void AddAnalyzedTree(SyntaxTree tree) => analyzedTrees.TryAdd(tree, true);

    /// <summary>
    /// At compilation end, before the flow is resolved: the bodies that name no Map* method but take or return a
    /// builder, or call a method that does, add their edges. Found then, when the compiler has completed every
    /// member, by the helpers' declarations and a text search for their names.
    /// </summary>
    public void FollowTheRest(CancellationToken cancellationToken)
    {
        lock (followingRest)
        {
            if (followedRest)
            {
                return;
            }

            // Only files whose bodies were handed to us while the compilation was analyzed: generated code is not
            // analyzed, and a verdict must not depend on whether analysis reaches compilation end.
            var helpers = TrackedMethods();
            var blocks = new HashSet<SyntaxNode>();
            foreach (var helper in helpers)
            {
                foreach (var reference in helper.DeclaringSyntaxReferences)
                {
                    if (analyzedTrees.ContainsKey(reference.SyntaxTree) && CodeBlocks.Enclosing(reference.GetSyntax(cancellationToken)) is { } block)
                    {
                        blocks.Add(block);
                    }
                }
            }

            // A body that names a Map* helper names a Map* method: it was analyzed already.
            var names = new HashSet<string>(helpers.Select(helper => helper.Name).Where(name => !name.StartsWith("Map", StringComparison.Ordinal)), StringComparer.Ordinal);
            var callers = TokenPositions.OfNames(names.ToList(), names.Contains);
            foreach (var tree in names.Count == 0 ? Enumerable.Empty<SyntaxTree>() : compilation.SyntaxTrees.Where(analyzedTrees.ContainsKey))
            {
                var root = tree.GetRoot(cancellationToken);
                foreach (var position in callers.In(tree, cancellationToken))
                {
                    if (CodeBlocks.Enclosing(root.FindToken(position).Parent) is { } block)
                    {
                        blocks.Add(block);
                    }
                }
            }

            foreach (var block in blocks)
            {
                // Bodies that name a Map* method were analyzed while the compilation was analyzed.
                if (!mapNames.AnyWithin(block.SyntaxTree, block.FullSpan, cancellationToken))
                {
                    var model = compilation.GetSemanticModel(block.SyntaxTree);
                    if (CodeBlocks.Owner(block, model, cancellationToken) is { } owner)
                    {
                        Analyze(block, owner, model, cancellationToken);
                    }
                }
            }

            followedRest = true;
        }
    }

    /// <summary>
    /// True for a method in source whose builder parameters or returned builder the flow must follow. The generated
    /// RequireScope and RequireFullAccess are modelled conventions, not helpers: a service calls them thousands of times.
    /// </summary>
    public bool IsTracked(IMethodSymbol method)
    {
        // Asked of every call in a bound body: most call a library, and only this compilation's own methods are followed.
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly)
            || SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Get(WellKnownType.OpenCxEndpointExtensions)))
        {
            return false;
        }

        if (BuilderTypes.IsConventionBuilder(method.ReturnType, types))
        {
            return true;
        }

        foreach (var parameter in method.Parameters)
        {
            if (BuilderTypes.IsEither(parameter.Type, types))
            {
                return true;
            }
        }

        return false;
    }

    private ImmutableArray<Endpoint> Analyze(SyntaxNode block, ISymbol owner, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetOperation(block, cancellationToken) is { } root
            ? EndpointBody.Analyze(root, owner, this)
            : ImmutableArray<Endpoint>.Empty;

    // The few MapControllers() and conventional-route calls, found by text and bound on their own, once.
    private LiveConventions FindControllerConventions()
    {
        var allActions = new List<Verdict>();
        var routes = new List<Verdict>();
        bool allActionsLocal = true, routesLocal = true;
        foreach (var tree in compilation.SyntaxTrees.Where(MayMapControllers))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (IsControllerMappingName(call)
                    && model.GetOperation(call) is Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation
                    && EndpointBody.ControllerMappingOf(invocation, types) is var mapping and not ControllerMapping.None)
                {
                    var conventions = EndpointBody.Forward(invocation, types);
                    var isRoute = mapping == ControllerMapping.ConventionalRoute;
                    if (conventions.IsLocal)
                    {
                        (isRoute ? routes : allActions).Add(Flow.Resolve(conventions));
                    }
                    else if (isRoute)
                    {
                        routesLocal = false;
                    }
                    else
                    {
                        allActionsLocal = false;
                    }
                }
            }
        }

        return new LiveConventions(
            !allActionsLocal ? null : allActions.Count == 0 ? Verdict.Unscoped : Verdict.Meet(allActions),
            routesLocal ? routes : null);
    }

    private static bool IsControllerMappingName(InvocationExpressionSyntax call)
    {
        var name = call.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        return name is "MapControllers" or "MapControllerRoute" or "MapDefaultControllerRoute" or "MapAreaControllerRoute";
    }

    /// <summary>Null where a call's builder goes to other methods: only compilation end can tell.</summary>
    private sealed record LiveConventions(Verdict? AllActions, IReadOnlyList<Verdict>? Routes);

    // The members of the source types, walked directly: cheaper than asking for every name of the compilation.
    private List<IMethodSymbol> TrackedMethods()
    {
        var tracked = new List<IMethodSymbol>();
        var namespaces = new Stack<INamespaceSymbol>();
        var pending = new Stack<INamedTypeSymbol>();
        namespaces.Push(compilation.Assembly.GlobalNamespace);
        while (namespaces.Count > 0)
        {
            foreach (var member in namespaces.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    namespaces.Push(ns);
                }
                else if (member is INamedTypeSymbol type)
                {
                    pending.Push(type);
                }
            }
        }

        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamedTypeSymbol nested)
                {
                    pending.Push(nested);
                }
                else if (member is IMethodSymbol method && IsTracked(method))
                {
                    tracked.Add(method);
                }
            }
        }

        return tracked;
    }

    // MapControllers, MapControllerRoute, MapDefaultControllerRoute, MapAreaControllerRoute; the file is copied once.
    private static bool MayMapControllers(SyntaxTree tree)
    {
        var text = SourceChars.Of(tree.GetText());
        return SourceChars.IndexOf(text, "MapControllers") >= 0 || SourceChars.IndexOf(text, "ControllerRoute") >= 0;
    }
}
