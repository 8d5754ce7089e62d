using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>A minimal-API endpoint: one Map, MapGet, ... MapMethods call on an IEndpointRouteBuilder.</summary>
internal sealed class RouteHandlerEndpoint
{
    private static readonly Dictionary<string, string?> MapMethods = new()
    {
        ["Map"] = null,
        ["MapGet"] = "GET",
        ["MapPost"] = "POST",
        ["MapPut"] = "PUT",
        ["MapPatch"] = "PATCH",
        ["MapDelete"] = "DELETE",
        ["MapMethods"] = null,
    };

    private RouteHandlerEndpoint(IInvocationOperation invocation, IOperation routeBuilder, string? pattern, HttpMethodSet methods, IMethodSymbol? handler)
    {
        Invocation = invocation;
        RouteBuilder = routeBuilder;
        Pattern = pattern;
        Methods = methods;
        Handler = handler;
    }

    public IInvocationOperation Invocation { get; }

    /// <summary>The builder the endpoint is mapped on: the app, a route group, or a parameter holding one.</summary>
    public IOperation RouteBuilder { get; }

    /// <summary>The route pattern when it is a constant.</summary>
    public string? Pattern { get; }

    public HttpMethodSet Methods { get; }

    /// <summary>The lambda or the method the handler delegate is made from, when it is one.</summary>
    public IMethodSymbol? Handler { get; }

    /// <summary>Where OCX0001 goes: the name of the Map* method.</summary>
    public Location NameLocation =>
        Invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }
            ? member.Name.GetLocation()
            : Invocation.Syntax.GetLocation();

    public static bool IsMapMethod(IMethodSymbol method, WellKnownTypes types) =>
        MapMethods.ContainsKey(method.Name) && IsRouteBuilderExtension(method, types);

    public static bool IsMapGroup(IInvocationOperation invocation, WellKnownTypes types) =>
        invocation.TargetMethod.Name == "MapGroup" && IsRouteBuilderExtension(invocation.TargetMethod, types);

    public static bool IsRouteBuilderExtension(IMethodSymbol method, WellKnownTypes types) =>
        method.IsExtensionMethod
        && SymbolEqualityComparer.Default.Equals((method.ReducedFrom ?? method).ContainingType, types.Get(WellKnownType.EndpointRouteBuilderExtensions));

    public static RouteHandlerEndpoint? TryCreate(IInvocationOperation invocation, WellKnownTypes types)
    {
        var method = invocation.TargetMethod;
        if (!IsMapMethod(method, types) || invocation.Arguments.Length < 3)
        {
            return null;
        }

        var routeBuilder = ArgumentFor(invocation, 0);
        if (routeBuilder is null)
        {
            return null;
        }

        var pattern = ArgumentFor(invocation, 1)?.ConstantValue is { HasValue: true, Value: string text } ? text : null;
        var methods = method.Name == "MapMethods"
            ? HttpMethodSet.Of(MethodsArgument(ArgumentFor(invocation, 2)))
            : HttpMethodSet.Of(MapMethods[method.Name] is { } single ? new[] { single } : null);
        var handler = HandlerOf(ArgumentFor(invocation, method.Parameters.Length - 1));
        return new RouteHandlerEndpoint(invocation, routeBuilder, pattern, methods, handler);
    }

    /// <summary>The value passed for the parameter at <paramref name="ordinal"/> of the unreduced extension method.</summary>
    public static IOperation? ArgumentFor(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                case IDelegateCreationOperation creation:
                    operation = creation.Target;
                    break;
                default:
                    return operation;
            }
        }
    }

    private static IMethodSymbol? HandlerOf(IOperation? argument) =>
        argument is null
            ? null
            : Unwrap(argument) switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                IMethodReferenceOperation reference => reference.Method,
                _ => null,
            };

    // new[] { "GET", HttpMethods.Head } or ["GET"]; null (any method) when the list is not spelled out.
    private static IEnumerable<string?>? MethodsArgument(IOperation? argument)
    {
        var elements = argument is null ? null : Unwrap(argument) switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            ICollectionExpressionOperation collection => collection.Elements,
            _ => (IEnumerable<IOperation>?)null,
        };

        return elements?.Select(element => MethodName(Unwrap(element))).ToList();
    }

    private static string? MethodName(IOperation element) => element switch
    {
        { ConstantValue: { HasValue: true, Value: string text } } => text,
        IFieldReferenceOperation { Field: { IsStatic: true } field } when field.ContainingType.HasFullName("Microsoft.AspNetCore.Http.HttpMethods") => field.Name,
        _ => null,
    };
}
