using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers;

/// <summary>The types the rules care about, resolved lazily once per compilation and shared by every rule.</summary>
internal sealed class WellKnownTypes
{
    private static readonly ConditionalWeakTable<Compilation, WellKnownTypes> PerCompilation = new();

    private static readonly string[] MetadataNames =
    {
        WellKnownNames.RequiresScopeAttribute,
        WellKnownNames.RequiresFullAccessAttribute,
        "Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute",
        "Microsoft.AspNetCore.Authorization.IAllowAnonymous",
        "Microsoft.AspNetCore.Mvc.ControllerAttribute",
        "Microsoft.AspNetCore.Mvc.NonControllerAttribute",
        "Microsoft.AspNetCore.Mvc.NonActionAttribute",
        "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions",
        "Microsoft.AspNetCore.Routing.IEndpointRouteBuilder",
        WellKnownNames.EndpointConventionBuilder,
        "Microsoft.AspNetCore.Routing.RouteGroupBuilder",
        "Microsoft.AspNetCore.Builder.AuthorizationEndpointConventionBuilderExtensions",
        "Microsoft.AspNetCore.Builder.RoutingEndpointConventionBuilderExtensions",
        "System.IDisposable",
        "System.Delegate",
        "Microsoft.AspNetCore.Builder.RouteHandlerBuilder",
        "Microsoft.AspNetCore.Builder.ControllerEndpointRouteBuilderExtensions",
        WellKnownNames.EndpointExtensions,
    };

    private readonly Compilation compilation;
    private readonly INamedTypeSymbol?[] resolved = new INamedTypeSymbol?[MetadataNames.Length];
    private readonly bool[] looked = new bool[MetadataNames.Length];

    private WellKnownTypes(Compilation compilation) => this.compilation = compilation;

    public static WellKnownTypes For(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new WellKnownTypes(c));

    public INamedTypeSymbol? Get(WellKnownType type)
    {
        // Asked on every builder check from every rule's thread: a race only resolves the same name twice.
        var index = (int)type;
        if (Volatile.Read(ref looked[index]))
        {
            return resolved[index];
        }

        var symbol = compilation.GetTypeByMetadataName(MetadataNames[index]);
        resolved[index] = symbol;
        Volatile.Write(ref looked[index], true);
        return symbol;
    }

    /// <summary>The builder kind of each type met, for <see cref="Requirements.BuilderTypes"/>.</summary>
    public ConcurrentDictionary<ITypeSymbol, Requirements.BuilderKind> BuilderKinds { get; } = new(SymbolEqualityComparer.Default);

    public bool IsType(ITypeSymbol? symbol, WellKnownType type) =>
        symbol is not null && SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, Get(type));
}

/// <summary>Indexes into <see cref="WellKnownTypes"/>; keep in the order of its metadata names.</summary>
internal enum WellKnownType
{
    RequiresScopeAttribute,
    RequiresFullAccessAttribute,
    AllowAnonymousAttribute,
    IAllowAnonymous,
    ControllerAttribute,
    NonControllerAttribute,
    NonActionAttribute,
    EndpointRouteBuilderExtensions,
    IEndpointRouteBuilder,
    IEndpointConventionBuilder,
    RouteGroupBuilder,
    AuthorizationEndpointConventionBuilderExtensions,
    RoutingEndpointConventionBuilderExtensions,
    IDisposable,
    Delegate,
    RouteHandlerBuilder,
    ControllerEndpointRouteBuilderExtensions,
    OpenCxEndpointExtensions,
}
