using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OpenCx.Scopes.Analyzers.Endpoints;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>
/// Follows a convention builder through the code of one method. Forward: the calls chained on it and the locals
/// that hold it (so <c>g.RequireScope(...)</c> in a later statement counts), into helpers in source
/// (<see cref="ParameterUses"/>), out through a return (<see cref="CallSitesOf"/>); a store where a requirement may be
/// added unseen (a field, a collection, a delegate, a capture) makes it unknown. Backward: from a Map* receiver
/// through groups and pass-through calls to the app, to a parameter (<see cref="CallersOf"/>), or to a helper
/// that returns a group (<see cref="ReturnsOf"/>). Route builders that are no convention builder (the app) carry
/// nothing, so their uses are never followed.
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

    /// <summary>Collects what happens to the builder <paramref name="value"/> evaluates to.</summary>
    public void Forward(IOperation value, bool own)
    {
        var current = value;
        for (var steps = 0; steps < MaxSteps && current is not null; steps++)
        {
            current = current.Parent switch
            {
                IConversionOperation or IParenthesizedOperation or IConditionalOperation or ICoalesceOperation => current.Parent,
                IArgumentOperation { Parent: IInvocationOperation call } argument => IntoCall(call, argument, own),
                IArgumentOperation { Parent: IObjectCreationOperation creation } => Unknown($"it is passed to a new '{creation.Type?.Name}'"),
                IInvocationOperation { TargetMethod.Name: "Add" or "Finally" } call when call.Instance == current =>
                    Unknown($"conventions are added to it with {call.TargetMethod.Name}(...)"),
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => FollowAll(declarator.Symbol, current, own),
                ISimpleAssignmentOperation assignment when assignment.Value == current => Assigned(assignment.Target, current, own),
                IReturnOperation returned => Returned(returned, own),
                IArrayInitializerOperation or ICollectionExpressionOperation => Unknown("it is stored in a collection"),
                ITupleOperation or IAnonymousObjectCreationOperation => Unknown("it is stored in a tuple"),
                IInvalidOperation => Incomplete(),
                _ => null, // a member read, a comparison, a statement: nothing can add a requirement there
            };
        }
    }

    /// <summary>Collects the requirements of the route groups <paramref name="routeBuilder"/> belongs to.</summary>
    public void Backward(IOperation routeBuilder)
    {
        var value = RouteHandlerEndpoint.Unwrap(routeBuilder);
        for (var steps = 0; steps < MaxSteps && value is not null; steps++)
        {
            value = BackwardStep(value);
        }
    }

    /// <summary>
    /// <see cref="Backward"/> from the receiver of a Map* call. A receiver that is a local (a group) is walked once
    /// for all the endpoints mapped on it; what it gives is the same for each.
    /// </summary>
    public void BackwardFromReceiver(IOperation routeBuilder)
    {
        if (RouteHandlerEndpoint.Unwrap(routeBuilder) is not ILocalReferenceOperation local)
        {
            Backward(routeBuilder);
            return;
        }

        var references = SymbolReferences.For(local);
        if (!references.TryGetGroup(local.Local, out var group))
        {
            var requirements = new EndpointRequirements();
            var flow = new BuilderFlow(types, requirements);
            flow.Backward(local);
            group = references.KeepGroup(local.Local, new SymbolReferences.Group(requirements, flow.groupPrefixes));
        }

        into.AddAll(group.Requirements);
        groupPrefixes.AddRange(group.Prefixes);
    }

    /// <summary>Every use of a local or a parameter in its method, as <see cref="Forward"/> follows one.</summary>
    public void FollowAllUses(ISymbol symbol, IOperation anyUse, bool own) => FollowAll(symbol, anyUse, own);

    private IOperation? BackwardStep(IOperation value)
    {
        var builder = BuilderTypes.IsConventionBuilder(value.Type, types);
        switch (value)
        {
            case IInvocationOperation call when builder:
                Forward(call, own: false);
                ConventionCalls.AddRequirements(call, own: false, into);
                if (RouteHandlerEndpoint.IsMapGroup(call, types))
                {
                    groupPrefixes.Add(RouteHandlerEndpoint.ArgumentFor(call, 1)?.ConstantValue.Value as string);
                }

                // A fluent call (WithTags, a project's own WithAudit) returns the builder it is given; another method
                // in source that returns a builder is asked what it returned.
                if (!IsFluent(call) && call.TargetMethod.IsInSource())
                {
                    into.Add(new ReturnsOf(call.TargetMethod.OriginalDefinition));
                    return PrefixUnknown();
                }

                return Receiver(call);
            case ILocalReferenceOperation local:
                if (builder)
                {
                    FollowAll(local.Local, local, own: false);
                }

                return ValueOf(local.Local, local, builder);
            case IParameterReferenceOperation parameter:
                return FromParameter(parameter, builder);
            case IFieldReferenceOperation or IPropertyReferenceOperation when builder:
                PrefixUnknown();
                return Unknown($"its route group is read from {MemberKind(value)} '{((IMemberReferenceOperation)value).Member.Name}'");
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional when builder:
                into.Add(new AllOf(new[] { BackwardFact(conditional.WhenTrue), BackwardFact(whenFalse) }));
                return PrefixUnknown();
            case IInvalidOperation:
                return Incomplete();
            default:
                if (builder)
                {
                    PrefixUnknown();
                    Unknown("its route group comes from an expression the analyzer doesn't follow");
                }

                return null;
        }
    }

    private IOperation? ValueOf(ILocalSymbol local, IOperation use, bool builder)
    {
        var values = SymbolReferences.For(use).ValuesOf(local);
        if (values.Count == 1)
        {
            return RouteHandlerEndpoint.Unwrap(values[0]);
        }

        if (values.Count > 1 && builder)
        {
            into.Add(new AllOf(values.Select(BackwardFact).ToList()));
            return PrefixUnknown();
        }

        if (builder)
        {
            PrefixUnknown();
            return Unknown($"its route group comes from '{local.Name}', which the analyzer can't trace");
        }

        return null;
    }

    private IOperation? FromParameter(IParameterReferenceOperation reference, bool builder)
    {
        var parameter = reference.Parameter;
        if (builder)
        {
            FollowAll(parameter, reference, own: false);
            PrefixUnknown();
        }

        var method = parameter.ContainingSymbol as IMethodSymbol;
        if (method?.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.ExplicitInterfaceImplementation))
        {
            // A lambda's route builder is what its caller passes: the app for UseEndpoints; a group there can't be followed.
            return builder ? Unknown($"its route group is the lambda parameter '{parameter.Name}'") : null;
        }

        // A WebApplication is the app itself; a group, or an interface or type parameter that may be one, is what callers pass.
        if (builder || parameter.Type.TypeKind is TypeKind.Interface or TypeKind.TypeParameter)
        {
            into.Add(new CallersOf(parameter.OriginalDefinition));
        }

        return null;
    }

    private EndpointRequirements BackwardFact(IOperation value)
    {
        var fact = new EndpointRequirements();
        new BuilderFlow(types, fact, followed).Backward(value);
        return fact;
    }

    private IOperation? IntoCall(IInvocationOperation call, IArgumentOperation argument, bool own)
    {
        var method = call.TargetMethod;
        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            return Unknown("it is passed to a delegate");
        }

        if (argument.Parameter is not { } parameter)
        {
            return null;
        }

        if (!BuilderTypes.IsConventionBuilder(parameter.OriginalDefinition.Type, types))
        {
            // Given to a generic container (List<T>.Add, a dictionary, a queue) it can be scoped from there later; handed
            // on as a route builder (to have endpoints mapped on it) or as a plain object, nothing can scope it.
            return parameter.OriginalDefinition.Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type }
                ? Unknown("it is stored in a collection")
                : null;
        }

        var before = into.Found.Count;
        ConventionCalls.AddRequirements(call, own, into);
        if (into.Found.Count == before)
        {
            if (method.IsInSource())
            {
                into.Add(new ParameterUses(parameter.OriginalDefinition));
            }
            else if (BuilderTypes.ReferencesOpenCx(method.ContainingAssembly))
            {
                return Unknown($"it is passed to '{method.Name}', which may add a scope");
            }
        }

        // Fluent calls (WithTags, HasApiVersion, RequireScope) hand the same builder on.
        return parameter.Ordinal == 0 && method.IsExtensionMethod && BuilderTypes.IsConventionBuilder(call.Type, types) ? call : null;
    }

    private IOperation? Assigned(IOperation target, IOperation value, bool own)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                return FollowAll(local.Local, value, own);
            case IDiscardOperation:
                return null;
            case IMemberReferenceOperation member:
                return Unknown($"it is stored in {MemberKind(member)} '{member.Member.Name}'");
            default:
                return Unknown("it is stored where the analyzer can't follow it");
        }
    }

    private IOperation? Returned(IReturnOperation returned, bool own)
    {
        for (var operation = returned.Parent; operation is not null; operation = operation.Parent)
        {
            if (operation is IAnonymousFunctionOperation)
            {
                return Unknown("it is returned from a lambda");
            }

            if (operation is ILocalFunctionOperation local)
            {
                return ReturnedFrom(local.Symbol, own);
            }
        }

        return returned.SemanticModel?.GetEnclosingSymbol(returned.Syntax.SpanStart) is IMethodSymbol method ? ReturnedFrom(method, own) : null;
    }

    private IOperation? ReturnedFrom(IMethodSymbol method, bool own)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction))
        {
            return Unknown($"it is returned from '{method.Name}'");
        }

        into.Add(new CallSitesOf(method.OriginalDefinition));
        if (own)
        {
            into.ReturnedFrom ??= method.OriginalDefinition;
        }

        return null;
    }

    private IOperation? FollowAll(ISymbol symbol, IOperation anyUse, bool own)
    {
        if (!followed.Add(symbol))
        {
            return null;
        }

        var references = SymbolReferences.For(anyUse);
        var result = references.FollowedOnce(symbol, own, () =>
        {
            var found = new EndpointRequirements();
            var flow = new BuilderFlow(types, found, followed);
            foreach (var reference in references.ReferencesTo(symbol))
            {
                if (IsCaptured(reference, symbol) && !IsRouteBuilderUse(reference))
                {
                    found.MarkUnknown($"'{symbol.Name}' is captured by a lambda");
                }
                else
                {
                    flow.Forward(reference, own);
                }
            }

            return found;
        });

        into.AddAll(result);
        return null;
    }

    // g.MapGet(...) inside a loop's lambda maps on the group; it can't add a requirement to it.
    private bool IsRouteBuilderUse(IOperation reference)
    {
        var use = reference.Parent;
        while (use is IConversionOperation or IParenthesizedOperation)
        {
            use = use.Parent;
        }

        return use is IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation }
            && !BuilderTypes.IsConventionBuilder(parameter.OriginalDefinition.Type, types)
            && parameter.OriginalDefinition.Type is not ITypeParameterSymbol;
    }

    private static bool IsCaptured(IOperation reference, ISymbol symbol)
    {
        for (var operation = reference.Parent; operation is not null; operation = operation.Parent)
        {
            var function = operation switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation local => local.Symbol,
                _ => null,
            };
            if (function is not null)
            {
                return !SymbolEqualityComparer.Default.Equals(function, symbol.ContainingSymbol);
            }
        }

        return false;
    }

    private static IOperation? Receiver(IInvocationOperation call) =>
        call.Instance ?? (call.TargetMethod.IsExtensionMethod && RouteHandlerEndpoint.ArgumentFor(call, 0) is { } receiver
            ? RouteHandlerEndpoint.Unwrap(receiver)
            : null);

    private bool IsFluent(IInvocationOperation call) =>
        call.TargetMethod.IsExtensionMethod
        && call.TargetMethod.Parameters.Length > 0
        && BuilderTypes.IsConventionBuilder(call.TargetMethod.Parameters[0].Type, types);

    // The group's route prefix comes from where the walk stops (a field, the callers, another method): the route
    // shown is the part after it, marked as such.
    private IOperation? PrefixUnknown()
    {
        groupPrefixes.Add(null);
        return null;
    }

    private IOperation? Incomplete()
    {
        into.Incomplete = true;
        return null;
    }

    private IOperation? Unknown(string reason)
    {
        into.MarkUnknown(reason);
        return null;
    }

    private static string MemberKind(IOperation member) => member is IPropertyReferenceOperation ? "property" : "field";
}
