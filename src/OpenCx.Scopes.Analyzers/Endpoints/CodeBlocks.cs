using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// The code block around a node as the analyzer driver hands code blocks out (a method or accessor declaration, an
/// expression body, a field's declarator, the top-level statements' compilation unit), and the symbol that owns it.
/// </summary>
internal static class CodeBlocks
{
    public static SyntaxNode? Enclosing(SyntaxNode? node)
    {
        for (; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                case ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax }:
                case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax }:
                case PropertyDeclarationSyntax { Initializer: not null }:
                    return node;
                case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }:
                    return unit;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    public static ISymbol? Owner(SyntaxNode block, SemanticModel model, CancellationToken cancellationToken) => block switch
    {
        ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => (model.GetDeclaredSymbol(property, cancellationToken) as IPropertySymbol)?.GetMethod,
        ArrowExpressionClauseSyntax { Parent: IndexerDeclarationSyntax indexer } => (model.GetDeclaredSymbol(indexer, cancellationToken) as IPropertySymbol)?.GetMethod,
        CompilationUnitSyntax unit => model.GetEnclosingSymbol(unit.Members.OfType<GlobalStatementSyntax>().FirstOrDefault()?.SpanStart ?? 0, cancellationToken),
        _ => model.GetDeclaredSymbol(block, cancellationToken),
    };
}
