using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>Finds the endpoints of a controller class or a Map* call, with their requirements.</summary>
internal static class EndpointFinder
{
    /// <summary>The actions of <paramref name="type"/>, which <see cref="MvcFacts.IsController"/> accepted.</summary>
    public static IEnumerable<Endpoint> InController(INamedTypeSymbol type, WellKnownTypes types)
    {
        var classRequirements = new List<Requirement>();
        foreach (var attribute in AttributeInheritance.OfClass(type))
        {
            if (RequirementAttributes.From(attribute, own: false) is { } requirement)
            {
                classRequirements.Add(requirement);
            }
        }

        var hints = ControllerHints(type);
        var classTemplate = ActionRoute.OfController(type);
        var attributes = new List<FoundAttribute>();
        foreach (var action in ControllerActions.Of(type, types))
        {
            var location = action.Inherited ? type.Locations.FirstOrDefault() : action.Method.Locations.FirstOrDefault();
            if (location is null)
            {
                continue;
            }

            // Read once for the requirements, the route and the methods.
            attributes.Clear();
            attributes.AddRange(AttributeInheritance.OfMethod(action.Method));
            var requirements = new EndpointRequirements();
            foreach (var found in attributes)
            {
                if (RequirementAttributes.From(found.Attribute, found.Own && !action.Inherited) is { } requirement)
                {
                    requirements.Add(requirement);
                }
            }

            foreach (var requirement in classRequirements)
            {
                requirements.Add(requirement);
            }

            var kind = action.Inherited ? EndpointKind.InheritedAction : EndpointKind.Action;
            var methods = ActionHttpMethods.Of(attributes);
            var route = ActionRoute.Of(type, classTemplate, action.Method, attributes);
            var name = ActionName(type, route, action.Method, methods, action.FromMetadata ? ", inherited" : string.Empty);
            yield return new Endpoint(name, location, kind, methods, requirements, hints) { ConventionallyRouted = route is null };
        }
    }

    public static Endpoint? ForRouteHandler(IInvocationOperation invocation, WellKnownTypes types)
    {
        if (RouteHandlerEndpoint.TryCreate(invocation, types) is not { } endpoint)
        {
            return null;
        }

        var requirements = new EndpointRequirements();
        foreach (var attribute in endpoint.Handler?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty)
        {
            if (RequirementAttributes.From(attribute, own: true) is { } requirement)
            {
                requirements.Add(requirement);
            }
        }

        var flow = new BuilderFlow(types, requirements);
        flow.Forward(invocation, own: true);
        flow.BackwardFromReceiver(endpoint.RouteBuilder);

        // The route from the outermost known group in; "…" stands for prefixes the flow could not see.
        var hints = new List<string>();
        var route = new List<string>();
        var complete = true;
        foreach (var prefix in flow.GroupPrefixes)
        {
            if (prefix is null)
            {
                complete = false;
                route.Clear();
                continue;
            }

            hints.Add(prefix);
            route.Add(prefix);
        }

        string? path = null;
        if (endpoint.Pattern is not null)
        {
            hints.Add(endpoint.Pattern);
            route.Add(endpoint.Pattern);
            path = (complete ? string.Empty : "…") + RoutePath.Join(route);
        }

        var verb = endpoint.Methods.IsConstrained ? endpoint.Methods.Display : invocation.TargetMethod.Name;
        var name = path is null ? verb : $"{verb} {path}";

        if (HelperOf(requirements) is { } helper)
        {
            hints.Add(helper.Name);
        }

        return new Endpoint(name, endpoint.NameLocation, EndpointKind.RouteHandler, endpoint.Methods, requirements, hints.ToImmutableArray())
        {
            PatternParameter = endpoint.PatternParameter,
        };
    }

    // "GET /contacts/{id} (ContactsController.Get)": the method and route where they are known, and always the action.
    private static string ActionName(INamedTypeSymbol type, string? route, IMethodSymbol method, HttpMethodSet methods, string note)
    {
        var verb = methods.IsConstrained ? methods.Display + " " : string.Empty;
        var action = $"{type.Name}.{method.Name}{note}";
        return verb.Length == 0 && route is null ? action : $"{verb}{route} ({action})".Replace("  ", " ");
    }

    private static ImmutableArray<string> ControllerHints(INamedTypeSymbol type)
    {
        var hints = ImmutableArray.CreateBuilder<string>();
        hints.Add(MvcFacts.ControllerName(type));
        foreach (var attribute in AttributeInheritance.OfClass(type))
        {
            if (attribute.AttributeClass.HasFullName("Microsoft.AspNetCore.Mvc.RouteAttribute") && attribute.ConstructorArguments is { Length: 1 } arguments && arguments[0].Value is string template)
            {
                hints.Add(template);
            }
        }

        return hints.ToImmutable();
    }

    private static ISymbol? HelperOf(EndpointRequirements requirements)
    {
        foreach (var dependency in requirements.Dependencies)
        {
            if (dependency is CallersOf callers)
            {
                return callers.Parameter.ContainingSymbol;
            }
        }

        return null;
    }
}
