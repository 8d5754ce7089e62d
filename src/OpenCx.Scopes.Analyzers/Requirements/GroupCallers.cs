using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>
/// What every call site in the compilation passes to methods that take a route builder, such as
/// <c>static void MapContacts(this RouteGroupBuilder g)</c>: a group endpoints inherit a requirement from only
/// when all its callers pass a scoped group. Collected during analysis, asked at compilation end.
/// </summary>
internal sealed class GroupCallers
{
    private readonly WellKnownTypes types;
    private readonly ConcurrentDictionary<IParameterSymbol, ConcurrentQueue<CallerGroup>> callers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> usedAsDelegate = new(SymbolEqualityComparer.Default);

    public GroupCallers(WellKnownTypes types) => this.types = types;

    public void AddCall(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (!method.IsInSource())
        {
            return;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } parameter && IsRouteBuilder(parameter.Type))
            {
                var found = new EndpointRequirements();
                new BuilderFlow(types, found).Backward(argument.Value);
                callers.GetOrAdd(parameter.OriginalDefinition, _ => new ConcurrentQueue<CallerGroup>())
                    .Enqueue(new CallerGroup(found.IsSatisfied, found.GroupParameter));
            }
        }
    }

    /// <summary>A method passed as a delegate has callers we can't see; its groups get the benefit of the doubt.</summary>
    public void AddReference(IMethodReferenceOperation reference)
    {
        if (reference.Method.IsInSource() && reference.Method.Parameters.Any(parameter => IsRouteBuilder(parameter.Type)))
        {
            usedAsDelegate.TryAdd(reference.Method.OriginalDefinition, true);
        }
    }

    /// <summary>True when the method is called, and every call passes a group that carries a requirement.</summary>
    public bool IsScoped(IParameterSymbol parameter) => IsScoped(parameter, new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default));

    private bool IsScoped(IParameterSymbol parameter, HashSet<IParameterSymbol> visiting)
    {
        if (parameter.ContainingSymbol is IMethodSymbol method && usedAsDelegate.ContainsKey(method.OriginalDefinition))
        {
            return true;
        }

        if (!visiting.Add(parameter) || !callers.TryGetValue(parameter, out var calls) || calls.IsEmpty)
        {
            return false;
        }

        var scoped = calls.All(call => call.Satisfied || (call.DependsOn is { } outer && IsScoped(outer, visiting)));
        visiting.Remove(parameter);
        return scoped;
    }

    private bool IsRouteBuilder(ITypeSymbol type)
    {
        var routeBuilder = types.Get(WellKnownType.IEndpointRouteBuilder);
        return routeBuilder is not null
            && (SymbolEqualityComparer.Default.Equals(type, routeBuilder) || type.AllInterfaces.Contains(routeBuilder, SymbolEqualityComparer.Default));
    }

    private sealed record CallerGroup(bool Satisfied, IParameterSymbol? DependsOn);
}
