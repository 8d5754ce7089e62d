using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers;

internal static class SymbolExtensions
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

    /// <summary>True when the type's full metadata name is <paramref name="fullName"/>, whichever assembly defines it.</summary>
    public static bool HasFullName(this ITypeSymbol? type, string fullName)
    {
        if (type is null || type.ContainingType is not null || !fullName.EndsWith(type.MetadataName, System.StringComparison.Ordinal))
        {
            return false;
        }

        var namespaceLength = fullName.Length - type.MetadataName.Length - 1;
        if (namespaceLength <= 0 || fullName[namespaceLength] != '.')
        {
            return false;
        }

        return type.ContainingNamespace?.ToDisplayString() == fullName.Substring(0, namespaceLength);
    }

    public static bool IsInSource(this ISymbol symbol) => symbol.DeclaringSyntaxReferences.Length > 0;
}
