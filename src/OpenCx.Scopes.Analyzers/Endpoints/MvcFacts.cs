using System;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// ASP.NET Core's own definition of a controller (ControllerFeatureProvider) and of an action
/// (DefaultApplicationModelProvider.IsAction), mirrored so the analyzer and the runtime agree.
/// </summary>
internal static class MvcFacts
{
    private const string ControllerSuffix = "Controller";

    public static bool IsController(INamedTypeSymbol type, WellKnownTypes types)
    {
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsGenericType)
        {
            return false;
        }

        // Only public top-level classes are controllers.
        if (type.DeclaredAccessibility != Accessibility.Public || type.ContainingType is not null)
        {
            return false;
        }

        if (HasAttribute(type, types.Get(WellKnownType.NonControllerAttribute)))
        {
            return false;
        }

        return type.Name.EndsWith(ControllerSuffix, StringComparison.OrdinalIgnoreCase)
            || HasAttribute(type, types.Get(WellKnownType.ControllerAttribute));
    }

    public static bool IsAction(IMethodSymbol method, INamedTypeSymbol controller, WellKnownTypes types)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.IsStatic || method.IsAbstract || method.IsGenericMethod)
        {
            return false;
        }

        if (method.DeclaredAccessibility != Accessibility.Public || HasAttribute(method, types.Get(WellKnownType.NonActionAttribute)))
        {
            return false;
        }

        return BaseDefinition(method).ContainingType?.SpecialType != SpecialType.System_Object
            && !IsDisposableDispose(method, controller, types);
    }

    /// <summary>The name ASP.NET Core gives the controller in routes: its class name without the suffix.</summary>
    public static string ControllerName(INamedTypeSymbol controller) =>
        controller.Name.EndsWith(ControllerSuffix, StringComparison.OrdinalIgnoreCase) && controller.Name.Length > ControllerSuffix.Length
            ? controller.Name.Substring(0, controller.Name.Length - ControllerSuffix.Length)
            : controller.Name;

    private static IMethodSymbol BaseDefinition(IMethodSymbol method)
    {
        while (method.OverriddenMethod is { } overridden)
        {
            method = overridden;
        }

        return method;
    }

    private static bool IsDisposableDispose(IMethodSymbol method, INamedTypeSymbol controller, WellKnownTypes types)
    {
        if (method.Name != nameof(IDisposable.Dispose) || !method.ReturnsVoid || method.Parameters.Length != 0)
        {
            return false;
        }

        var dispose = types.Get(WellKnownType.IDisposable)?.GetMembers(nameof(IDisposable.Dispose));
        if (dispose is not { Length: 1 })
        {
            return false;
        }

        var implementation = controller.FindImplementationForInterfaceMember(dispose.Value[0]);
        return SymbolEqualityComparer.Default.Equals(implementation?.OriginalDefinition, method.OriginalDefinition);
    }

    // Like MemberInfo.IsDefined(type, inherit: true): the type or its base types, the method or the methods it overrides.
    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null)
        {
            return false;
        }

        for (var current = symbol; current is not null; current = Inherited(current))
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (attribute.AttributeClass.InheritsFromOrEquals(attributeType))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ISymbol? Inherited(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => type.BaseType,
        IMethodSymbol method => method.OverriddenMethod,
        _ => null,
    };
}
