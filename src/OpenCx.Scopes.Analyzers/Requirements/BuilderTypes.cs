using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>
/// Which values can carry requirements. Only endpoint convention builders can (a Map* result, a route group,
/// MapControllers()); a route builder (the app, an IEndpointRouteBuilder) only has endpoints mapped on it.
/// </summary>
internal static class BuilderTypes
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, object> ReferencesOpenCxCache = new();

    public static bool IsConventionBuilder(ITypeSymbol? type, WellKnownTypes types) =>
        (KindOf(type, types) & BuilderKind.Convention) != 0;

    public static bool IsRouteBuilder(ITypeSymbol? type, WellKnownTypes types) =>
        (KindOf(type, types) & BuilderKind.Route) != 0;

    public static bool IsEither(ITypeSymbol? type, WellKnownTypes types) => IsConventionBuilder(type, types) || IsRouteBuilder(type, types);

    /// <summary>A method from metadata can add an OpenCX requirement only if its assembly can see our attributes.</summary>
    public static bool ReferencesOpenCx(IAssemblySymbol? assembly)
    {
        if (assembly is null)
        {
            return false;
        }

        return (bool)ReferencesOpenCxCache.GetValue(assembly, static assembly =>
            Defines(assembly) || assembly.Modules.Any(module => module.ReferencedAssemblySymbols.Any(Defines)));
    }

    private static bool Defines(IAssemblySymbol assembly) => assembly.GetTypeByMetadataName(WellKnownNames.RequiresScopeAttribute) is not null;

    // Asked for every parameter, return and argument the flow meets: answered once per type of the compilation.
    // string, int, enums, arrays and the like are most of them and never builders.
    private static BuilderKind KindOf(ITypeSymbol? type, WellKnownTypes types)
    {
        if (type is null || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Array or TypeKind.Pointer)
        {
            return BuilderKind.None;
        }

        if (!types.BuilderKinds.TryGetValue(type, out var kind))
        {
            kind = (Implements(type, types.Get(WellKnownType.IEndpointConventionBuilder)) ? BuilderKind.Convention : BuilderKind.None)
                | (Implements(type, types.Get(WellKnownType.IEndpointRouteBuilder)) ? BuilderKind.Route : BuilderKind.None);
            types.BuilderKinds.TryAdd(type, kind);
        }

        return kind;
    }

    private static bool Implements(ITypeSymbol? type, INamedTypeSymbol? wanted)
    {
        if (type is null || wanted is null)
        {
            return false;
        }

        if (type is ITypeParameterSymbol parameter)
        {
            return parameter.ConstraintTypes.Any(constraint => Implements(constraint, wanted));
        }

        return SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, wanted)
            || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, wanted));
    }
}

/// <summary>Which builder interfaces a type implements; a route group is both.</summary>
[System.Flags]
internal enum BuilderKind
{
    None = 0,
    Convention = 1,
    Route = 2,
}
