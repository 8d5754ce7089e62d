using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>Reads requirements from attributes: [RequiresScope], [RequiresFullAccess] and anything that is IAllowAnonymous.</summary>
internal static class RequirementAttributes
{
    public const string AllowAnonymousInterface = "Microsoft.AspNetCore.Authorization.IAllowAnonymous";

    public static Requirement? From(AttributeData attribute, bool own)
    {
        var type = attribute.AttributeClass;
        if (type is null)
        {
            return null;
        }

        var kind = KindOfType(type);
        if (kind == RequirementKind.Scope)
        {
            var scope = attribute.ConstructorArguments is { Length: 1 } arguments ? arguments[0].Value as string : null;
            return new Requirement(scope, attribute, own);
        }

        return kind is { } other ? new Requirement(other, null, null, own) : null;
    }

    /// <summary>Where the attribute's scope argument is written: asked only for a requirement a rule reports on.</summary>
    public static Location? ArgumentLocation(AttributeData attribute) =>
        (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments.FirstOrDefault()?.Expression.GetLocation();

    /// <summary>The requirement an instance of <paramref name="type"/> stands for when it is endpoint metadata.</summary>
    public static RequirementKind? KindOfType(ITypeSymbol type) => TypeFacts.Of(type).Requirement;

    internal static RequirementKind? ComputeKindOfType(ITypeSymbol type)
    {
        if (type.HasFullName(WellKnownNames.RequiresScopeAttribute))
        {
            return RequirementKind.Scope;
        }

        if (type.HasFullName(WellKnownNames.RequiresFullAccessAttribute))
        {
            return RequirementKind.FullAccess;
        }

        return type.AllInterfaces.Any(i => i.HasFullName(AllowAnonymousInterface)) ? RequirementKind.Anonymous : null;
    }
}
