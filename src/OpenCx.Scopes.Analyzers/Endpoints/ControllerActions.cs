using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>An action of a controller; <see cref="Inherited"/> when it is declared by a base class.</summary>
internal readonly record struct ControllerAction(IMethodSymbol Method, bool Inherited);

internal static class ControllerActions
{
    /// <summary>
    /// The actions of a controller, its own and those of base classes declared in this compilation
    /// (a base class from a library can't be fixed here, and ControllerBase's methods are all [NonAction]).
    /// </summary>
    public static IEnumerable<ControllerAction> Of(INamedTypeSymbol controller, WellKnownTypes types)
    {
        var overridden = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        for (var type = controller; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            if (!ReferenceEquals(type, controller) && !type.IsInSource())
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
                    yield return new ControllerAction(method, !ReferenceEquals(type, controller));
                }
            }
        }
    }
}
