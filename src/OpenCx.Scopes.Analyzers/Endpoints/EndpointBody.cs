using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// One walk over a bound body: its Map* endpoints, and what the rest of the compilation needs from it at the end
/// (call sites of methods that take or return builders, what the body does to its builder parameters, the
/// builders it returns, MapControllers() conventions). Nothing else is kept.
/// </summary>
internal static class EndpointBody
{
    public static ImmutableArray<Endpoint> Analyze(IOperation root, ISymbol owner, EndpointGraph graph)
    {
        var types = graph.Types;
        var endpoints = ImmutableArray.CreateBuilder<Endpoint>();
        if (owner is IMethodSymbol method)
        {
            RecordParameterUses(method, root, graph);
        }

        foreach (var operation in OperationTree.PreOrder(root))
        {
            // By kind first: a body has many operations and few of these.
            if (operation.Kind is not (OperationKind.Invocation or OperationKind.MethodReference or OperationKind.LocalFunction or OperationKind.Return))
            {
                continue;
            }

            switch (operation)
            {
                case IInvocationOperation invocation:
                    if (EndpointFinder.ForRouteHandler(invocation, types) is { } endpoint)
                    {
                        endpoints.Add(endpoint);
                    }
                    else if (ControllerMappingOf(invocation, types) is var mapping and not ControllerMapping.None)
                    {
                        graph.Flow.AddControllerConventions(Forward(invocation, types), mapping);
                    }

                    if (graph.IsTracked(invocation.TargetMethod))
                    {
                        graph.Flow.AddCallSite(CallSiteOf(invocation, types));
                    }

                    break;
                case IMethodReferenceOperation reference when graph.IsTracked(reference.Method):
                    graph.Flow.AddDelegateUse(reference.Method);
                    break;
                case ILocalFunctionOperation local:
                    RecordParameterUses(local.Symbol, root, graph);
                    break;
                case IReturnOperation { ReturnedValue: { } value } returned
                    when FunctionOf(returned, owner) is { } function && BuilderTypes.IsConventionBuilder(function.ReturnType, types):
                    var fact = new EndpointRequirements();
                    new BuilderFlow(types, fact).Backward(value);
                    graph.Flow.AddReturn(function, fact);
                    break;
            }
        }

        return endpoints.ToImmutable();
    }

    private static void RecordParameterUses(IMethodSymbol method, IOperation root, EndpointGraph graph)
    {
        foreach (var parameter in method.Parameters)
        {
            if (BuilderTypes.IsConventionBuilder(parameter.Type, graph.Types))
            {
                var uses = new EndpointRequirements();
                new BuilderFlow(graph.Types, uses).FollowAllUses(parameter, root, own: false);
                graph.Flow.AddParameterUses(parameter, uses);
            }
        }
    }

    private static CallSite CallSiteOf(IInvocationOperation invocation, WellKnownTypes types)
    {
        var arguments = new Dictionary<int, EndpointRequirements>();
        var constants = new Dictionary<int, string>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            if (BuilderTypes.IsEither(parameter.Type, types))
            {
                var fact = new EndpointRequirements();
                new BuilderFlow(types, fact).Backward(argument.Value);
                arguments[parameter.Ordinal] = fact;
            }
            else if (argument.Value.ConstantValue is { HasValue: true, Value: string text })
            {
                constants[parameter.Ordinal] = text;
            }
        }

        var result = BuilderTypes.IsConventionBuilder(invocation.Type, types) ? Forward(invocation, types) : null;
        return new CallSite(
            invocation.TargetMethod.OriginalDefinition,
            RouteHandlerEndpoint.NameLocationOf(invocation),
            invocation.TargetMethod.TypeArguments,
            invocation.ConstrainedToType as ITypeParameterSymbol,
            result,
            arguments,
            constants);
    }

    public static EndpointRequirements Forward(IInvocationOperation invocation, WellKnownTypes types)
    {
        var fact = new EndpointRequirements();
        new BuilderFlow(types, fact).Forward(invocation, own: false);
        return fact;
    }

    public static ControllerMapping ControllerMappingOf(IInvocationOperation invocation, WellKnownTypes types)
    {
        if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, types.Get(WellKnownType.ControllerEndpointRouteBuilderExtensions)))
        {
            return ControllerMapping.None;
        }

        return invocation.TargetMethod.Name switch
        {
            "MapControllers" => ControllerMapping.AllActions,
            "MapControllerRoute" or "MapDefaultControllerRoute" or "MapAreaControllerRoute" => ControllerMapping.ConventionalRoute,
            _ => ControllerMapping.None,
        };
    }

    // The method or local function a return belongs to; null inside a lambda.
    private static IMethodSymbol? FunctionOf(IReturnOperation returned, ISymbol owner)
    {
        for (var operation = returned.Parent; operation is not null; operation = operation.Parent)
        {
            switch (operation)
            {
                case IAnonymousFunctionOperation:
                    return null;
                case ILocalFunctionOperation local:
                    return local.Symbol;
            }
        }

        return owner as IMethodSymbol;
    }
}
