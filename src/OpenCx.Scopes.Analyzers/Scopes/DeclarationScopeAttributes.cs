using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenCx.Scopes.Analyzers.Scopes;

/// <summary>
/// <c>[RequiresScope]</c> on a type or method, read from the attributes the compiler has already bound for the
/// declaration; the syntax is only looked at to place a diagnostic on the argument.
/// </summary>
internal static class DeclarationScopeAttributes
{
    public static IEnumerable<ScopeArgument> Of(ISymbol symbol, CancellationToken cancellationToken)
    {
        // A partial method's definition carries the attributes of both parts.
        if (symbol is IMethodSymbol { PartialDefinitionPart: not null })
        {
            yield break;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } type
                && ScopeArguments.IsRequiresScopeAttribute(type)
                && attribute.AttributeConstructor is { } constructor
                && attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax
                && IsOnDeclaration(syntax)
                && ScopeParameter(constructor) is { } parameter
                && parameter.Ordinal < attribute.ConstructorArguments.Length
                && ArgumentFor(syntax, parameter) is { } expression)
            {
                yield return ScopeArgument.FromAttribute(expression, attribute.ConstructorArguments[parameter.Ordinal]);
            }
        }
    }

    /// <summary>
    /// An attribute that symbol actions see: without a target, on a type or method declaration. Any other one
    /// (on a lambda, a local function, an accessor...) is left to <see cref="ScopeArgumentIndex"/>.
    /// </summary>
    public static bool IsOnDeclaration(AttributeSyntax attribute) =>
        attribute.Parent is AttributeListSyntax { Target: null, Parent: TypeDeclarationSyntax or BaseMethodDeclarationSyntax };

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
