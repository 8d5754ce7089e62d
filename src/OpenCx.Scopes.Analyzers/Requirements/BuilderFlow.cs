using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OpenCx.Scopes.Analyzers.Endpoints;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>
/// Follows an endpoint or route-group builder through the code of one method: forward through the calls chained
/// on it and the locals that hold it (so <c>g.RequireScope(...)</c> in a later statement counts), backward from a
/// Map* receiver through conventions and MapGroup calls to the app, or to a parameter whose callers decide.
/// </summary>
internal sealed class BuilderFlow
{
    private const int MaxSteps = 32;

    private readonly WellKnownTypes types;
    private readonly EndpointRequirements into;
    private readonly HashSet<ISymbol> followed;
    private readonly List<string?> groupPrefixes = new();

    public BuilderFlow(WellKnownTypes types, EndpointRequirements into)
        : this(types, into, new HashSet<ISymbol>(SymbolEqualityComparer.Default))
    {
    }

    // A flow for one symbol's references shares the symbols already followed, so a cycle of locals ends.
    private BuilderFlow(WellKnownTypes types, EndpointRequirements into, HashSet<ISymbol> followed)
    {
        this.types = types;
        this.into = into;
        this.followed = followed;
    }

    /// <summary>The MapGroup prefixes from the outermost group inward; null where a prefix is not a constant.</summary>
    public IEnumerable<string?> GroupPrefixes
    {
        get
        {
            for (var i = groupPrefixes.Count - 1; i >= 0; i--)
            {
                yield return groupPrefixes[i];
            }
        }
    }

    /// <summary>Collects the requirements added to the builder <paramref name="value"/> evaluates to.</summary>
    public void Forward(IOperation value, bool own)
    {
        var current = value;
        for (var steps = 0; steps < MaxSteps; steps++)
        {
            switch (current.Parent)
            {
                case IConversionOperation or IParenthesizedOperation:
                    current = current.Parent;
                    break;
                case IArgumentOperation { Parent: IInvocationOperation call } argument
                    when argument.Parameter?.Ordinal == 0 && call.TargetMethod.IsExtensionMethod:
                    ConventionCalls.AddRequirements(call, own, into);
                    if (!ConventionCalls.ReturnsSameBuilder(call, argument.Value, types))
                    {
                        return;
                    }

                    current = call;
                    break;
                case IArgumentOperation or IInvocationOperation:
                    // An endpoint builder handed to a helper (or to its own Add) may get its requirement there; a group or
                    // the app handed on is usually given endpoints, which the helper's own Map* calls account for.
                    into.Unknown |= own;
                    return;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    FollowReferences(declarator.Symbol, current, own);
                    return;
                case ISimpleAssignmentOperation assignment when assignment.Target == current:
                    return;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    if (assignment.Target is ILocalReferenceOperation local)
                    {
                        FollowReferences(local.Local, current, own);
                    }
                    else if (assignment.Target is not IDiscardOperation)
                    {
                        into.Unknown = true;
                    }

                    return;
                case IExpressionStatementOperation or null:
                    return;
                default:
                    // Returned, stored in a field, captured in an expression we don't model: a requirement may come later.
                    into.Unknown = true;
                    return;
            }
        }
    }

    /// <summary>Collects the requirements of the route groups <paramref name="routeBuilder"/> belongs to.</summary>
    public void Backward(IOperation routeBuilder)
    {
        var value = RouteHandlerEndpoint.Unwrap(routeBuilder);
        for (var steps = 0; steps < MaxSteps; steps++)
        {
            switch (value)
            {
                case IInvocationOperation call when RouteHandlerEndpoint.IsMapGroup(call, types):
                    groupPrefixes.Add(RouteHandlerEndpoint.ArgumentFor(call, 1)?.ConstantValue.Value as string);
                    Forward(call, own: false);
                    if (RouteHandlerEndpoint.ArgumentFor(call, 0) is not { } outer)
                    {
                        return;
                    }

                    value = RouteHandlerEndpoint.Unwrap(outer);
                    break;
                case IInvocationOperation call when RouteHandlerEndpoint.ArgumentFor(call, 0) is { } inner
                    && ConventionCalls.ReturnsSameBuilder(call, inner, types):
                    ConventionCalls.AddRequirements(call, own: false, into);
                    value = RouteHandlerEndpoint.Unwrap(inner);
                    break;
                case ILocalReferenceOperation local:
                    FollowReferences(local.Local, local, own: false);
                    var values = SymbolReferences.For(local).ValuesOf(local.Local);
                    if (values.Count != 1)
                    {
                        into.Unknown |= values.Count > 1 && IsGroup(local.Type);
                        return;
                    }

                    value = RouteHandlerEndpoint.Unwrap(values[0]);
                    break;
                case IParameterReferenceOperation parameter:
                    FollowReferences(parameter.Parameter, parameter, own: false);
                    // A WebApplication parameter is the app itself; a group, or an IEndpointRouteBuilder that may be one,
                    // is whatever the callers pass.
                    var mayBeGroup = IsGroup(parameter.Parameter.Type) || parameter.Parameter.Type.TypeKind == TypeKind.Interface;
                    if (mayBeGroup && parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction })
                    {
                        into.GroupParameter = parameter.Parameter.OriginalDefinition;
                    }
                    else
                    {
                        into.Unknown |= IsGroup(parameter.Type);
                    }

                    return;
                default:
                    // A group from a field, a property or a call we can't see into may well carry a requirement.
                    into.Unknown |= IsGroup(value.Type);
                    return;
            }
        }
    }

    private void FollowReferences(ISymbol symbol, IOperation anyUse, bool own)
    {
        if (!followed.Add(symbol))
        {
            return;
        }

        var references = SymbolReferences.For(anyUse);
        var result = references.FollowedOnce(symbol, own, () =>
        {
            var found = new EndpointRequirements();
            var flow = new BuilderFlow(types, found, followed);
            foreach (var reference in references.ReferencesTo(symbol))
            {
                flow.Forward(reference, own);
            }

            return found;
        });

        foreach (var requirement in result.Found)
        {
            into.Add(requirement);
        }

        into.Unknown |= result.Unknown;
    }

    private bool IsGroup(ITypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(type, types.Get(WellKnownType.RouteGroupBuilder));
}
