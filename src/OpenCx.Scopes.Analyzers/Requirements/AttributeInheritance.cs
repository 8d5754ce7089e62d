using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>An attribute as reflection's GetCustomAttributes(inherit: true) sees it; <see cref="Own"/> when declared on the symbol itself.</summary>
internal readonly record struct FoundAttribute(AttributeData Attribute, bool Own);

/// <summary>Attributes of a method or a class including those inherited from base declarations, honouring AttributeUsage.Inherited.</summary>
internal static class AttributeInheritance
{
    public static IEnumerable<FoundAttribute> OfMethod(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            yield return new FoundAttribute(attribute, Own: true);
        }

        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            foreach (var attribute in overridden.GetAttributes().Where(IsInherited))
            {
                yield return new FoundAttribute(attribute, Own: false);
            }
        }
    }

    public static IEnumerable<AttributeData> OfClass(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            yield return attribute;
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            foreach (var attribute in baseType.GetAttributes().Where(IsInherited))
            {
                yield return attribute;
            }
        }
    }

    private static bool IsInherited(AttributeData attribute) => attribute.AttributeClass is not { } type || TypeFacts.Of(type).IsInheritedAttribute;

    /// <summary>What AttributeUsage.Inherited says of the attribute class, looked up its base classes; true when unstated.</summary>
    internal static bool ComputeIsInherited(ITypeSymbol attributeClass)
    {
        for (var type = attributeClass; type is not null; type = type.BaseType)
        {
            var usage = type.GetAttributes().FirstOrDefault(a => a.AttributeClass.HasFullName("System.AttributeUsageAttribute"));
            if (usage is not null)
            {
                var inherited = usage.NamedArguments.FirstOrDefault(named => named.Key == "Inherited");
                return inherited.Value.Value is not false;
            }
        }

        return true;
    }
}
