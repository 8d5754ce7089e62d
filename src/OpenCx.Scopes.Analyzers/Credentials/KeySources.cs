using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>
/// Follows a field or local back to the literal it was given: const fields (folded by the compiler), static readonly
/// fields with their one initializer, locals with one assignment; each constant branch of <c>?:</c> and <c>??</c>.
/// </summary>
internal static class KeySources
{
    public static IEnumerable<(SyntaxNode Literal, string Value)> Of(ISymbol symbol, IOperation reference)
    {
        return symbol switch
        {
            IFieldSymbol field => OfField(field),
            ILocalSymbol local => OfLocal(local, reference),
            _ => Enumerable.Empty<(SyntaxNode, string)>(),
        };
    }

    /// <summary>Cheap test before anything is looked up: could this symbol hold a constant key?</summary>
    public static bool MayHoldConstant(ISymbol symbol) =>
        symbol switch
        {
            IFieldSymbol field => (field.IsConst || (field.IsReadOnly && field.IsStatic)) && PlaceFinder.IsStringOrBytes(field.Type) && field.DeclaringSyntaxReferences.Length == 1,
            ILocalSymbol local => !local.IsRef && PlaceFinder.IsStringOrBytes(local.Type),
            _ => false,
        };

    private static IEnumerable<(SyntaxNode, string)> OfField(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value })
        {
            return Enumerable.Empty<(SyntaxNode, string)>();
        }

        if (field.IsConst)
        {
            return field.ConstantValue is string folded ? new[] { ((SyntaxNode)value, folded) } : Enumerable.Empty<(SyntaxNode, string)>();
        }

        return Literals(value);
    }

    private static IEnumerable<(SyntaxNode, string)> OfLocal(ILocalSymbol local, IOperation reference)
    {
        var root = reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        IOperation? onlyValue = null;
        var writes = 0;
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        writes++;
                        onlyValue = initializer.Value;
                    }

                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    writes++;
                    onlyValue = assignment is ISimpleAssignmentOperation simple ? simple.Value : null;
                    break;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: ILocalReferenceOperation passed } when SymbolEqualityComparer.Default.Equals(passed.Local, local):
                    writes++;
                    onlyValue = null;
                    break;
            }
        }

        return writes == 1 && onlyValue is not null ? Literals(onlyValue.Syntax) : Enumerable.Empty<(SyntaxNode, string)>();
    }

    /// <summary>The literals an expression can evaluate to, by its syntax: each branch of ?: and the fallback of ??.</summary>
    private static IEnumerable<(SyntaxNode, string)> Literals(SyntaxNode expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Literals(parenthesized.Expression);
            case CastExpressionSyntax cast:
                return Literals(cast.Expression);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                return new[] { ((SyntaxNode)literal, literal.Token.ValueText) };
            case ConditionalExpressionSyntax conditional:
                return Literals(conditional.WhenTrue).Concat(Literals(conditional.WhenFalse));
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.CoalesceExpression):
                return Literals(binary.Right);
            case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } invocation
                when invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetBytes" }:
                return Literals(invocation.ArgumentList.Arguments[0].Expression);
            default:
                return Enumerable.Empty<(SyntaxNode, string)>();
        }
    }
}
