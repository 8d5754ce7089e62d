using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenCx.Scopes.Analyzers.Endpoints;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>
/// The edges of the endpoint flow that cross methods, collected from every body of a compilation that maps
/// endpoints or takes or returns builders, and resolved at compilation end into a <see cref="Verdict"/>.
/// A fact (<see cref="EndpointRequirements"/>) is scoped when it holds a requirement or any of its dependencies
/// is scoped (a requirement anywhere on the chain reaches the endpoint); a dependency that stands for several ways
/// in (callers, call sites, returns) is their <see cref="Verdict.Meet"/>. A parameter no code passes anything to is
/// the app, which a library that calls the method can't scope; a method used as a delegate has callers we can't see.
/// </summary>
internal sealed class FlowGraph
{
    private readonly ConcurrentDictionary<IMethodSymbol, ConcurrentQueue<CallSite>> callSites = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IParameterSymbol, EndpointRequirements> parameterUses = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ConcurrentQueue<EndpointRequirements>> returns = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> usedAsDelegate = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentQueue<EndpointRequirements> allActionConventions = new();
    private readonly ConcurrentQueue<EndpointRequirements> conventionalRouteConventions = new();
    private readonly Dictionary<FlowDependency, Verdict> resolved = new();
    private readonly HashSet<FlowDependency> resolving = new();
    private readonly WellKnownTypes types;

    public FlowGraph(WellKnownTypes types) => this.types = types;

    public void AddCallSite(CallSite site) => callSites.GetOrAdd(site.Method, _ => new ConcurrentQueue<CallSite>()).Enqueue(site);

    public void AddParameterUses(IParameterSymbol parameter, EndpointRequirements uses) => parameterUses[parameter.OriginalDefinition] = uses;

    public void AddReturn(IMethodSymbol method, EndpointRequirements value) =>
        returns.GetOrAdd(method.OriginalDefinition, _ => new ConcurrentQueue<EndpointRequirements>()).Enqueue(value);

    public void AddDelegateUse(IMethodSymbol method) => usedAsDelegate.TryAdd(method.OriginalDefinition, true);

    public void AddControllerConventions(EndpointRequirements conventions, ControllerMapping mapping) =>
        (mapping == ControllerMapping.ConventionalRoute ? conventionalRouteConventions : allActionConventions).Enqueue(conventions);

    public IReadOnlyCollection<CallSite> CallSitesOf(IMethodSymbol method) =>
        callSites.TryGetValue(method.OriginalDefinition, out var sites) ? sites : (IReadOnlyCollection<CallSite>)System.Array.Empty<CallSite>();

    /// <summary>
    /// What the conventions give a controller action: MapControllers()' reach every action, unscoped when nothing maps
    /// controllers; a conventionally routed action also gets those of every conventional route, which must all carry one.
    /// </summary>
    public Verdict ControllerConventions(bool conventionallyRouted)
    {
        lock (resolved)
        {
            var routes = conventionalRouteConventions.IsEmpty ? (Verdict?)null : MeetOf(conventionalRouteConventions);
            return ForControllerAction(MeetOf(allActionConventions), routes, conventionallyRouted);
        }
    }

    /// <summary>
    /// How ASP.NET Core combines them for one action: MapControllers()' conventions reach every action, and a
    /// conventionally routed action also gets those of the conventional routes (their meet; null when there are none).
    /// </summary>
    public static Verdict ForControllerAction(Verdict allActions, Verdict? conventionalRoutes, bool conventionallyRouted) =>
        conventionallyRouted && conventionalRoutes is { } routes ? Verdict.Either(allActions, routes) : allActions;

    private Verdict MeetOf(ConcurrentQueue<EndpointRequirements> conventions) =>
        conventions.IsEmpty ? Verdict.Unscoped : Verdict.Meet(conventions.Select(fact => Resolve(fact, Context.None)).ToList());

    public Verdict Resolve(EndpointRequirements fact) => Resolve(fact, Context.None);

    /// <summary>The verdict for an endpoint a wrapper maps, at one call site of the wrapper.</summary>
    public Verdict ResolveAt(EndpointRequirements fact, CallSite site) => Resolve(fact, Context.None.With(site.Method, new[] { (site, Context.None) }));

    private Verdict Resolve(EndpointRequirements fact, Context context)
    {
        lock (resolved)
        {
            if (fact.HasRequirement)
            {
                return Verdict.Scoped;
            }

            var reason = fact.UnknownReason;
            foreach (var dependency in fact.Dependencies)
            {
                var verdict = Resolve(dependency, context);
                if (verdict.Kind == VerdictKind.Scoped)
                {
                    return verdict;
                }

                reason ??= verdict.Reason;
            }

            return reason is null ? Verdict.Unscoped : Verdict.Unknown(reason);
        }
    }

    private Verdict Resolve(FlowDependency dependency, Context context)
    {
        if (context.IsNone && resolved.TryGetValue(dependency, out var known))
        {
            return known;
        }

        // A cycle (a helper that calls itself) adds nothing of its own.
        if (!resolving.Add(dependency))
        {
            return Verdict.Unscoped;
        }

        var verdict = dependency switch
        {
            ParameterUses uses => parameterUses.TryGetValue(uses.Parameter, out var fact) ? Resolve(fact, context) : Verdict.Unscoped,
            CallSitesOf sites => OfCallSites(sites.Method, context),
            CallersOf callers => OfCallers(callers.Parameter, context),
            ReturnsOf value => returns.TryGetValue(value.Method, out var facts) ? Verdict.Meet(facts.Select(f => Resolve(f, context)).ToList()) : Verdict.Unscoped,
            AllOf all => Verdict.Meet(all.Facts.Select(f => Resolve(f, context)).ToList()),
            _ => Verdict.Unscoped,
        };

        resolving.Remove(dependency);
        if (context.IsNone)
        {
            resolved[dependency] = verdict;
        }

        return verdict;
    }

    private Verdict OfCallSites(IMethodSymbol method, Context context)
    {
        var sites = context.SitesOf(method) ?? Reaching(method, context);
        if (sites.Count == 0)
        {
            return usedAsDelegate.ContainsKey(method) ? Verdict.Unknown($"it is returned by '{method.Name}', which is used as a delegate") : Verdict.Unscoped;
        }

        return Verdict.Meet(sites.Select(site => site.Site.Result is { } result ? Resolve(result, site.Context) : Verdict.Unscoped).ToList());
    }

    private Verdict OfCallers(IParameterSymbol parameter, Context context)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return Verdict.Unscoped;
        }

        var sites = context.SitesOf(method) ?? Reaching(method, context);
        // With no caller in sight the method is given the app (UseEndpoints(MapAll), a Carter module); only a route group
        // that code we can't see passes to a method used as a delegate could carry a requirement.
        if (sites.Count == 0)
        {
            return usedAsDelegate.ContainsKey(method) && BuilderTypes.IsConventionBuilder(parameter.Type, types)
                ? Verdict.Unknown($"its route group comes from callers of '{method.Name}', which is used as a delegate")
                : Verdict.Unscoped;
        }

        return Verdict.Meet(sites.Select(site =>
            site.Site.Arguments.TryGetValue(parameter.Ordinal, out var argument) ? Resolve(argument, site.Context) : Verdict.Unscoped).ToList());
    }

    /// <summary>
    /// The call sites that reach <paramref name="method"/>: its own, those of the members it overrides or implements
    /// (<c>module.AddRoutes(app)</c>), and calls through a type parameter (<c>TEndpoint.Map(group)</c>) made inside a
    /// generic method only for the call sites of that method whose type argument names this implementation.
    /// </summary>
    private List<(CallSite Site, Context Context)> Reaching(IMethodSymbol method, Context context)
    {
        var found = new List<(CallSite, Context)>();
        foreach (var target in TargetsReaching(method))
        {
            foreach (var site in CallSitesOf(target))
            {
                if (site.ConstrainedTo is not { DeclaringMethod: { } generic } typeParameter)
                {
                    found.Add((site, context));
                    continue;
                }

                var named = (context.SitesOf(generic.OriginalDefinition) ?? Reaching(generic.OriginalDefinition, context))
                    .Where(outer => outer.Site.TypeArguments.Length > typeParameter.Ordinal
                        && SymbolEqualityComparer.Default.Equals(outer.Site.TypeArguments[typeParameter.Ordinal].OriginalDefinition, method.ContainingType.OriginalDefinition))
                    .ToList();
                if (named.Count > 0)
                {
                    found.Add((site, context.With(generic.OriginalDefinition, named)));
                }
            }
        }

        return found;
    }

    private static IEnumerable<IMethodSymbol> TargetsReaching(IMethodSymbol method)
    {
        yield return method;
        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            yield return overridden.OriginalDefinition;
        }

        foreach (var explicitly in method.ExplicitInterfaceImplementations)
        {
            yield return explicitly.OriginalDefinition;
        }

        if (method.ContainingType is not { } type)
        {
            yield break;
        }

        foreach (var member in type.AllInterfaces.SelectMany(i => i.GetMembers(method.Name)).OfType<IMethodSymbol>())
        {
            if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member)?.OriginalDefinition, method))
            {
                yield return member.OriginalDefinition;
            }
        }
    }

    /// <summary>Call sites fixed for some methods: a wrapper's endpoint at one call site, a generic method for one type argument.</summary>
    private sealed class Context
    {
        public static readonly Context None = new(null);

        private readonly Dictionary<IMethodSymbol, IReadOnlyList<(CallSite Site, Context Context)>>? fixedSites;

        private Context(Dictionary<IMethodSymbol, IReadOnlyList<(CallSite Site, Context Context)>>? fixedSites) => this.fixedSites = fixedSites;

        public bool IsNone => fixedSites is null;

        public IReadOnlyList<(CallSite Site, Context Context)>? SitesOf(IMethodSymbol method) =>
            fixedSites is not null && fixedSites.TryGetValue(method.OriginalDefinition, out var sites) ? sites : null;

        public Context With(IMethodSymbol method, IReadOnlyList<(CallSite Site, Context Context)> sites)
        {
            var copy = fixedSites is null
                ? new Dictionary<IMethodSymbol, IReadOnlyList<(CallSite, Context)>>(SymbolEqualityComparer.Default)
                : new Dictionary<IMethodSymbol, IReadOnlyList<(CallSite, Context)>>(fixedSites, SymbolEqualityComparer.Default);
            copy[method.OriginalDefinition] = sites;
            return new Context(copy);
        }
    }
}
