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

    private RouteHandlerEndpoint(IInvocationOperation invocation, IOperation routeBuilder, IOperation? pattern, HttpMethodSet methods, IMethodSymbol? handler)
    {
        Invocation = invocation;
        RouteBuilder = routeBuilder;
        Pattern = pattern?.ConstantValue is { HasValue: true, Value: string text } ? text : null;
        PatternParameter = pattern is null ? null : (Unwrap(pattern) as IParameterReferenceOperation)?.Parameter;
        Methods = methods;
        Handler = handler;
    }

    public IInvocationOperation Invocation { get; }

    /// <summary>The builder the endpoint is mapped on: the app, a route group, or a parameter holding one.</summary>
    public IOperation RouteBuilder { get; }

    /// <summary>The route pattern when it is a constant.</summary>
    public string? Pattern { get; }

    /// <summary>The parameter the pattern comes from, in a wrapper that maps the endpoint its callers name.</summary>
    public IParameterSymbol? PatternParameter { get; }

    public HttpMethodSet Methods { get; }

    /// <summary>The lambda or the method the handler delegate is made from, when it is one.</summary>
    public IMethodSymbol? Handler { get; }

    /// <summary>Where OCX0001 goes: the name of the Map* method.</summary>
    public Location NameLocation => NameLocationOf(Invocation);

    public static Location NameLocationOf(IInvocationOperation invocation) => invocation.Syntax switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Name.GetLocation(),
        InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name.GetLocation(),
        _ => invocation.Syntax.GetLocation(),
    };

    public static bool IsMapMethod(IMethodSymbol method, WellKnownTypes types) =>
        MapMethods.ContainsKey(method.Name) && IsRouteBuilderExtension(method, types);

    /// <summary>
    /// A Map* extension from another library (Carter's <c>MapPut&lt;T&gt;</c>): it takes a route builder and a route
    /// pattern and returns a RouteHandlerBuilder, so it maps one endpoint. Source methods are followed as wrappers instead.
    /// </summary>
    public static bool IsLibraryMapMethod(IMethodSymbol method, WellKnownTypes types) =>
        method.IsExtensionMethod
        && method.Name.StartsWith("Map", System.StringComparison.Ordinal)
        && !method.IsInSource()
        && PatternParameterOf(method) is not null
        && types.IsType(method.ReturnType, WellKnownType.RouteHandlerBuilder)
        && method.Parameters.Length > 0
        && Requirements.BuilderTypes.IsRouteBuilder(method.Parameters[0].Type, types);

    public static IParameterSymbol? PatternParameterOf(IMethodSymbol method) =>
        method.Parameters.FirstOrDefault(parameter => parameter.Name is "pattern" or "template" or "route" && parameter.Type.SpecialType == SpecialType.System_String);

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
            return IsLibraryMapMethod(method, types) ? FromLibrary(invocation, method) : null;
        }

        var routeBuilder = ArgumentFor(invocation, 0);
        if (routeBuilder is null)
        {
            return null;
        }

        var pattern = ArgumentFor(invocation, 1);
        var methods = method.Name == "MapMethods"
            ? HttpMethodSet.Of(MethodsArgument(ArgumentFor(invocation, 2)))
            : MapMethods[method.Name] is { } single ? HttpMethodSet.Of(single) : HttpMethodSet.Any;
        var handler = HandlerOf(ArgumentFor(invocation, method.Parameters.Length - 1));
        return new RouteHandlerEndpoint(invocation, routeBuilder, pattern, methods, handler);
    }

    private static RouteHandlerEndpoint? FromLibrary(IInvocationOperation invocation, IMethodSymbol method)
    {
        if (ArgumentFor(invocation, 0) is not { } routeBuilder)
        {
            return null;
        }

        var pattern = ArgumentFor(invocation, PatternParameterOf(method)!.Ordinal);
        var methods = MapMethods.TryGetValue(method.Name, out var single) && single is not null ? HttpMethodSet.Of(single) : HttpMethodSet.Any;
        var handler = invocation.Arguments.Select(argument => HandlerOf(argument.Value)).LastOrDefault(found => found is not null);
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
