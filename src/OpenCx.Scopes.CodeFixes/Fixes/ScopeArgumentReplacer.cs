using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Analyzers.Scopes;

namespace OpenCx.Scopes.CodeFixes.Fixes;

/// <summary>
/// Puts valid scopes in place of scope arguments: the generated constant where there is one (importing its
/// namespace), else a string literal.
/// </summary>
internal static class ScopeArgumentReplacer
{
    public static async Task<Document> ReplaceAsync(Document document, IReadOnlyCollection<(TextSpan Span, ScopeReplacement Replacement)> edits, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<ExpressionSyntax, ScopeReplacement>();
        foreach (var (span, replacement) in edits)
        {
            if (root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax argument && argument.Span == span)
            {
                replacements[argument] = replacement;
            }
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        var newRoot = root.ReplaceNodes(
            replacements.Keys,
            (original, _) => NewArgument(replacements[original], model.Compilation).WithTriviaFrom(original));
        var changed = document.WithSyntaxRoot(newRoot);
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static ExpressionSyntax NewArgument(ScopeReplacement replacement, Compilation compilation)
    {
        var constant = replacement.ConstantId is null
            ? null
            : DocumentationCommentId.GetFirstSymbolForDeclarationId(replacement.ConstantId, compilation) as IFieldSymbol;
        if (constant is null)
        {
            return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement.Scope));
        }

        // Written fully qualified, then the import is added and the name simplified: OpenCxScopes.Contacts.Read.
        var qualified = constant.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + constant.Name;
        return SyntaxFactory.ParseExpression(qualified).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }
}
