using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>The HTTP methods of a controller action, as ASP.NET Core builds its selectors.</summary>
internal static class ActionHttpMethods
{
    private static readonly Dictionary<string, string> KnownAttributes = new()
    {
        ["HttpGetAttribute"] = "GET",
        ["HttpPostAttribute"] = "POST",
        ["HttpPutAttribute"] = "PUT",
        ["HttpPatchAttribute"] = "PATCH",
        ["HttpDeleteAttribute"] = "DELETE",
        ["HttpHeadAttribute"] = "HEAD",
        ["HttpOptionsAttribute"] = "OPTIONS",
    };

    public static HttpMethodSet Of(IMethodSymbol action, WellKnownTypes types)
    {
        var acceptVerbs = types.Get(WellKnownType.AcceptVerbsAttribute);
        var httpMethod = types.Get(WellKnownType.HttpMethodAttribute);
        var methods = new List<string?>();
        var methodsWithoutTemplate = false;
        var plainRoute = false;
        foreach (var attribute in AttributeInheritance.OfMethod(action).Select(found => found.Attribute))
        {
            var type = attribute.AttributeClass;
            if (type.InheritsFromOrEquals(acceptVerbs))
            {
                methods.AddRange(attribute.ConstructorArguments.SelectMany(Strings));
                methodsWithoutTemplate |= !attribute.NamedArguments.Any(named => named.Key == "Route" && named.Value.Value is string);
            }
            else if (type.InheritsFromOrEquals(httpMethod))
            {
                var known = KnownMethod(type!);
                if (known is null)
                {
                    return HttpMethodSet.Any;
                }

                methods.Add(known);
                methodsWithoutTemplate |= !attribute.ConstructorArguments.Any(argument => argument.Value is string);
            }
            else if (type is not null && type.IsRouteTemplateProvider())
            {
                plainRoute = true;
            }
        }

        // [Route("x")] beside [HttpGet("y")] is a second route that accepts every method.
        if (methods.Count == 0 || (plainRoute && !methodsWithoutTemplate))
        {
            return HttpMethodSet.Any;
        }

        return HttpMethodSet.Of(methods);
    }

    private static string? KnownMethod(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (KnownAttributes.TryGetValue(current.Name, out var method) && current.HasFullName("Microsoft.AspNetCore.Mvc." + current.Name))
            {
                return method;
            }
        }

        return null;
    }

    private static IEnumerable<string?> Strings(TypedConstant constant) =>
        constant.Kind == TypedConstantKind.Array
            ? constant.Values.Select(value => value.Value as string)
            : new[] { constant.Value as string };
}
