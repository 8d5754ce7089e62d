using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// An action of a controller; <see cref="Inherited"/> when it is declared by a base class, <see cref="FromMetadata"/>
/// when that base class comes from another project or a package.
/// </summary>
internal readonly record struct ControllerAction(IMethodSymbol Method, bool Inherited, bool FromMetadata);

internal static class ControllerActions
{
    /// <summary>
    /// The actions of a controller, its own and those of its base classes, whether declared here or in a referenced
    /// project or package; ASP.NET Core's own base classes (ControllerBase, Controller) declare no action.
    /// </summary>
    public static IEnumerable<ControllerAction> Of(INamedTypeSymbol controller, WellKnownTypes types)
    {
        var overridden = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        for (var type = controller; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            if (IsFrameworkType(type))
            {
                yield break;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is not IMethodSymbol method || overridden.Contains(method.OriginalDefinition))
                {
                    continue;
                }

                for (var baseMethod = method.OverriddenMethod; baseMethod is not null; baseMethod = baseMethod.OverriddenMethod)
                {
                    overridden.Add(baseMethod.OriginalDefinition);
                }

                if (MvcFacts.IsAction(method, controller, types))
                {
                    yield return new ControllerAction(method, !ReferenceEquals(type, controller), !type.IsInSource());
                }
            }
        }
    }

    private static bool IsFrameworkType(INamedTypeSymbol type) =>
        !type.IsInSource() && type.ContainingAssembly?.Name is { } name && name.StartsWith("Microsoft.AspNetCore.", System.StringComparison.Ordinal);
}
