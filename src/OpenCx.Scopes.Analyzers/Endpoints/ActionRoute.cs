using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// The route of an attribute-routed action, for messages: the controller's [Route] joined with the action's own
/// template ([HttpGet("{id}")], [Route("x")]), with [controller] and [action] filled in. Null when neither has one.
/// </summary>
internal static class ActionRoute
{
    public static string? Of(INamedTypeSymbol controller, IMethodSymbol action)
    {
        var classTemplate = FirstTemplate(AttributeInheritance.OfClass(controller));
        var actionTemplate = FirstTemplate(AttributeInheritance.OfMethod(action).Select(found => found.Attribute));
        if (classTemplate is null && actionTemplate is null)
        {
            return null;
        }

        var overridesClass = actionTemplate is not null && (actionTemplate.StartsWith("/") || actionTemplate.StartsWith("~/"));
        var parts = overridesClass ? new[] { actionTemplate!.TrimStart('~') } : new[] { classTemplate, actionTemplate };
        var route = "/" + string.Join("/", parts.OfType<string>().Select(part => part.Trim('/')).Where(part => part.Length > 0));
        return route
            .Replace("[controller]", MvcFacts.ControllerName(controller))
            .Replace("[action]", action.Name);
    }

    // [AcceptVerbs("GET", Route = "x")] names its methods in the constructor; the others ([HttpGet("x")], [Route("x")]) the template.
    private static string? Template(AttributeData attribute) =>
        attribute.AttributeClass?.Name == "AcceptVerbsAttribute"
            ? attribute.NamedArguments.FirstOrDefault(named => named.Key == "Route").Value.Value as string
            : attribute.ConstructorArguments.FirstOrDefault(argument => argument.Kind == TypedConstantKind.Primitive).Value as string;

    private static string? FirstTemplate(IEnumerable<AttributeData> attributes) =>
        attributes
            .Where(attribute => attribute.AttributeClass is { } type && type.IsRouteTemplateProvider())
            .Select(Template)
            .FirstOrDefault(template => template is not null);
}
