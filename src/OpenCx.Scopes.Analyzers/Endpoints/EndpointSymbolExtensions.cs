using System.Linq;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers;

/// <summary>Symbol checks the endpoint rules share.</summary>
internal static class EndpointSymbolExtensions
{
    public static bool InheritsFromOrEquals(this ITypeSymbol? type, ITypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for attributes that give an MVC action a route template: [Route], [HttpGet], [AcceptVerbs]...</summary>
    public static bool IsRouteTemplateProvider(this INamedTypeSymbol type) => Requirements.TypeFacts.Of(type).IsRouteTemplateProvider;

    public static bool ImplementsRouteTemplateProvider(this ITypeSymbol type) =>
        type.AllInterfaces.Any(i => i.HasFullName("Microsoft.AspNetCore.Mvc.Routing.IRouteTemplateProvider"));

    /// <summary>True when the type's full metadata name is <paramref name="fullName"/>, whichever assembly defines it.</summary>
    public static bool HasFullName(this ITypeSymbol? type, string fullName)
    {
        if (type is null || type.ContainingType is not null || !fullName.EndsWith(type.MetadataName, System.StringComparison.Ordinal))
        {
            return false;
        }

        // Walk the namespaces outward against the name's segments, right to left, without building strings.
        var end = fullName.Length - type.MetadataName.Length - 1;
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            var start = end - ns.Name.Length;
            if (start < 0 || fullName[end] != '.' || string.CompareOrdinal(fullName, start, ns.Name, 0, ns.Name.Length) != 0)
            {
                return false;
            }

            end = start - 1;
        }

        return end == -1;
    }

    public static bool IsInSource(this ISymbol symbol) => symbol.DeclaringSyntaxReferences.Length > 0;
}
