using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// What an attribute class says about an action's HTTP methods: <see cref="AcceptVerbs"/> names them in its
/// arguments, an HttpMethodAttribute ([HttpGet]) stands for <see cref="Method"/> (null for one we don't know).
/// </summary>
internal sealed record HttpMethodRole(bool AcceptVerbs, bool IsHttpMethod, string? Method)
{
    public static readonly HttpMethodRole None = new(false, false, null);
}

/// <summary>The HTTP methods of a controller action, as ASP.NET Core builds its selectors.</summary>
internal static class ActionHttpMethods
{
    private const string AcceptVerbsAttribute = "Microsoft.AspNetCore.Mvc.AcceptVerbsAttribute";
    private const string HttpMethodAttribute = "Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute";

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

    /// <param name="attributes">The action's attributes, inherited ones included (<see cref="AttributeInheritance.OfMethod"/>).</param>
    public static HttpMethodSet Of(IReadOnlyList<FoundAttribute> attributes)
    {
        List<string?>? methods = null;
        var methodsWithoutTemplate = false;
        var plainRoute = false;
        foreach (var (attribute, _) in attributes)
        {
            if (attribute.AttributeClass is not { } type)
            {
                continue;
            }

            var facts = TypeFacts.Of(type);
            if (facts.HttpMethods.AcceptVerbs)
            {
                methods ??= new List<string?>();
                foreach (var argument in attribute.ConstructorArguments)
                {
                    AddStrings(argument, methods);
                }

                methodsWithoutTemplate |= !HasNamedRoute(attribute);
            }
            else if (facts.HttpMethods.IsHttpMethod)
            {
                if (facts.HttpMethods.Method is not { } known)
                {
                    return HttpMethodSet.Any;
                }

                (methods ??= new List<string?>()).Add(known);
                methodsWithoutTemplate |= !HasTemplate(attribute);
            }
            else if (facts.IsRouteTemplateProvider)
            {
                plainRoute = true;
            }
        }

        // [Route("x")] beside [HttpGet("y")] is a second route that accepts every method.
        if (methods is null || methods.Count == 0 || (plainRoute && !methodsWithoutTemplate))
        {
            return HttpMethodSet.Any;
        }

        return methods.Count == 1 && methods[0] is { } single ? HttpMethodSet.Of(single) : HttpMethodSet.Of(methods);
    }

    internal static HttpMethodRole ComputeRole(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.HasFullName(AcceptVerbsAttribute))
            {
                return new HttpMethodRole(AcceptVerbs: true, IsHttpMethod: false, null);
            }

            if (current.HasFullName(HttpMethodAttribute))
            {
                return new HttpMethodRole(AcceptVerbs: false, IsHttpMethod: true, KnownMethod(type));
            }
        }

        return HttpMethodRole.None;
    }

    private static string? KnownMethod(ITypeSymbol type)
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

    private static bool HasNamedRoute(AttributeData attribute)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Route" && named.Value.Value is string)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTemplate(AttributeData attribute)
    {
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Value is string)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddStrings(TypedConstant constant, List<string?> methods)
    {
        if (constant.Kind != TypedConstantKind.Array)
        {
            methods.Add(constant.Value as string);
            return;
        }

        foreach (var value in constant.Values)
        {
            methods.Add(value.Value as string);
        }
    }
}
