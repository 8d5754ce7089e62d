using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenCx.Scopes.Analyzers.Scopes;

/// <summary>
/// <c>[RequiresScope]</c> on a type or method, read from the attributes the compiler has already bound for the
/// declaration (<see cref="AttributeData"/>), not bound again; the syntax only places a diagnostic on the argument.
/// </summary>
internal static class DeclarationScopeAttributes
{
    /// <summary>
    /// An attribute the compiler binds with its declaration: without a target, on a type or method. Any other one
    /// (on a lambda, a local function, an accessor...) is bound where it stands.
    /// </summary>
    public static bool IsOnDeclaration(AttributeSyntax attribute) =>
        attribute.Parent is AttributeListSyntax { Target: null, Parent: TypeDeclarationSyntax or BaseMethodDeclarationSyntax };

    /// <summary>The scope argument of <paramref name="attribute"/>, which <see cref="IsOnDeclaration"/> accepts.</summary>
    public static ScopeArgument? From(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        var symbol = model.GetDeclaredSymbol(attribute.Parent!.Parent!, cancellationToken);
        var data = Find(symbol, attribute) ?? Find((symbol as IMethodSymbol)?.PartialDefinitionPart, attribute);
        return data is { AttributeClass: { } type, AttributeConstructor: { } constructor }
            && ScopeArguments.IsRequiresScopeAttribute(type)
            && ScopeParameter(constructor) is { } parameter
            && parameter.Ordinal < data.ConstructorArguments.Length
            && ArgumentFor(attribute, parameter) is { } expression
                ? ScopeArgument.FromAttribute(expression, data.ConstructorArguments[parameter.Ordinal])
                : null;
    }

    private static AttributeData? Find(ISymbol? symbol, AttributeSyntax attribute)
    {
        if (symbol is null)
        {
            return null;
        }

        foreach (var data in symbol.GetAttributes())
        {
            if (data.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == attribute.SyntaxTree && reference.Span == attribute.Span)
            {
                return data;
            }
        }

        return null;
    }

    private static IParameterSymbol? ScopeParameter(IMethodSymbol constructor)
    {
        foreach (var parameter in constructor.Parameters)
        {
            if (ScopeArguments.IsScopeParameter(parameter))
            {
                return parameter;
            }
        }

        return null;
    }

    private static ExpressionSyntax? ArgumentFor(AttributeSyntax attribute, IParameterSymbol parameter)
    {
        if (attribute.ArgumentList is not { } list)
        {
            return null;
        }

        foreach (var argument in list.Arguments)
        {
            if (argument.NameColon?.Name.Identifier.ValueText == parameter.Name)
            {
                return argument.Expression;
            }
        }

        return parameter.Ordinal < list.Arguments.Count && list.Arguments[parameter.Ordinal] is { NameColon: null, NameEquals: null } positional
            ? positional.Expression
            : null;
    }
}
