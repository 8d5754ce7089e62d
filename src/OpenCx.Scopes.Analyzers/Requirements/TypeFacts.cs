using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using OpenCx.Scopes.Analyzers.Endpoints;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>
/// What the rules ask of an attribute or metadata type, worked out once per type: every action of every controller
/// asks it of the same few attribute classes ([HttpGet], [Route], [RequiresScope]).
/// </summary>
internal sealed class TypeFacts
{
    private static readonly ConditionalWeakTable<ITypeSymbol, TypeFacts> Known = new();

    private TypeFacts(ITypeSymbol type)
    {
        Requirement = RequirementAttributes.ComputeKindOfType(type);
        IsRouteTemplateProvider = type.ImplementsRouteTemplateProvider();
        IsInheritedAttribute = AttributeInheritance.ComputeIsInherited(type);
        HttpMethods = ActionHttpMethods.ComputeRole(type);
    }

    public RequirementKind? Requirement { get; }

    public bool IsRouteTemplateProvider { get; }

    /// <summary>For an attribute class: whether derived classes and overrides inherit it (AttributeUsage.Inherited).</summary>
    public bool IsInheritedAttribute { get; }

    /// <summary>For an attribute class: how it constrains an action's HTTP methods ([HttpGet], [AcceptVerbs]), if at all.</summary>
    public HttpMethodRole HttpMethods { get; }

    public static TypeFacts Of(ITypeSymbol type) => Known.GetValue(type, static type => new TypeFacts(type));
}
