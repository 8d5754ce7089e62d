using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OpenCx.Scopes.Analyzers.Endpoints;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>
/// Reads requirements from endpoint conventions: RequireScope, RequireFullAccess, AllowAnonymous and
/// WithMetadata(new RequiresScopeAttribute(...)) on an endpoint or a route group builder.
/// </summary>
internal static class ConventionCalls
{
    private const string AuthorizationExtensions = "Microsoft.AspNetCore.Builder.AuthorizationEndpointConventionBuilderExtensions";
    private const string RoutingExtensions = "Microsoft.AspNetCore.Builder.RoutingEndpointConventionBuilderExtensions";

    public static void AddRequirements(IInvocationOperation call, bool own, EndpointRequirements into)
    {
        var method = call.TargetMethod;
        var type = (method.ReducedFrom ?? method).ContainingType;
        switch (method.Name)
        {
            case "RequireScope" when type.HasFullName(WellKnownNames.EndpointExtensions):
                var scope = RouteHandlerEndpoint.ArgumentFor(call, 1);
                into.Add(new Requirement(RequirementKind.Scope, ConstantScope(scope), scope?.Syntax.GetLocation(), own));
                break;
            case "RequireFullAccess" when type.HasFullName(WellKnownNames.EndpointExtensions):
                into.Add(new Requirement(RequirementKind.FullAccess, null, null, own));
                break;
            case "AllowAnonymous" when type.HasFullName(AuthorizationExtensions):
                into.Add(new Requirement(RequirementKind.Anonymous, null, null, own));
                break;
            case "WithMetadata" when type.HasFullName(RoutingExtensions):
                AddMetadata(RouteHandlerEndpoint.ArgumentFor(call, 1), own, into);
                break;
        }
    }

    /// <summary>
    /// True for an extension call that takes the builder as <c>this</c> and hands the same builder back
    /// (every convention method), so requirements further along the chain still apply to it.
    /// </summary>
    public static bool ReturnsSameBuilder(IInvocationOperation call, IOperation receiver, WellKnownTypes types) =>
        call.TargetMethod.IsExtensionMethod
        && !RouteHandlerEndpoint.IsRouteBuilderExtension(call.TargetMethod, types)
        && call.Type is not null
        && SymbolEqualityComparer.Default.Equals(call.Type, RouteHandlerEndpoint.Unwrap(receiver).Type);

    private static void AddMetadata(IOperation? items, bool own, EndpointRequirements into)
    {
        var elements = items is null ? default : RouteHandlerEndpoint.Unwrap(items) switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            ICollectionExpressionOperation collection => collection.Elements,
            _ => default,
        };

        if (elements.IsDefault)
        {
            return;
        }

        foreach (var element in elements)
        {
            var value = RouteHandlerEndpoint.Unwrap(element);
            if (value.Type is not { } type || RequirementAttributes.KindOfType(type) is not { } kind)
            {
                continue;
            }

            var scope = kind == RequirementKind.Scope && value is IObjectCreationOperation { Arguments.Length: 1 } creation
                ? creation.Arguments[0].Value
                : null;
            into.Add(new Requirement(kind, ConstantScope(scope), scope?.Syntax.GetLocation(), own));
        }
    }

    private static string? ConstantScope(IOperation? scope) =>
        scope?.ConstantValue is { HasValue: true, Value: string text } ? text : null;
}
