using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// The route of an attribute-routed action, for messages: the controller's [Route] joined with the action's own
/// template ([HttpGet("{id}")], [Route("x")]), with [controller] and [action] filled in. Null when neither has one.
/// </summary>
internal static class ActionRoute
{
    /// <summary>The controller's own route template, shared by all its actions.</summary>
    public static string? OfController(INamedTypeSymbol controller) => FirstTemplate(AttributeInheritance.OfClass(controller));

    /// <param name="attributes">The action's attributes, inherited ones included (<see cref="AttributeInheritance.OfMethod"/>).</param>
    public static string? Of(INamedTypeSymbol controller, string? classTemplate, IMethodSymbol action, IReadOnlyList<FoundAttribute> attributes)
    {
        string? actionTemplate = null;
        foreach (var found in attributes)
        {
            if ((actionTemplate = TemplateOf(found.Attribute)) is not null)
            {
                break;
            }
        }

        if (classTemplate is null && actionTemplate is null)
        {
            return null;
        }

        var overridesClass = actionTemplate is not null && (actionTemplate.StartsWith("/") || actionTemplate.StartsWith("~/"));
        return RoutePath.Join(overridesClass ? new[] { actionTemplate!.TrimStart('~') } : new[] { classTemplate, actionTemplate })
            .Replace("[controller]", MvcFacts.ControllerName(controller))
            .Replace("[action]", action.Name);
    }

    // [AcceptVerbs("GET", Route = "x")] names its methods in the constructor; the others ([HttpGet("x")], [Route("x")]) the template.
    private static string? TemplateOf(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { } type || !type.IsRouteTemplateProvider())
        {
            return null;
        }

        if (type.Name == "AcceptVerbsAttribute")
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Route")
                {
                    return named.Value.Value as string;
                }
            }

            return null;
        }

        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Primitive)
            {
                return argument.Value as string;
            }
        }

        return null;
    }

    private static string? FirstTemplate(IEnumerable<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (TemplateOf(attribute) is { } template)
            {
                return template;
            }
        }

        return null;
    }
}
