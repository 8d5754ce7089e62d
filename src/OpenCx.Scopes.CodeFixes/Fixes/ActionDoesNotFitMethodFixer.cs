using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenCx.Scopes.Analyzers;
using OpenCx.Scopes.Catalog;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace OpenCx.Scopes.CodeFixes.Fixes;

/// <summary>
/// OCX0004: switches the scope to the other action of the same resource (OpenCxScopes.Contacts.Read → .Write,
/// "contacts:read" → "contacts:write") when the resource has it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ActionDoesNotFitMethodFixer))]
[Shared]
public sealed class ActionDoesNotFitMethodFixer : CodeFixProvider
{
    private const string EquivalenceKey = RuleIdentifiers.ActionDoesNotFitMethod + ":SwitchAction";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ActionDoesNotFitMethod);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        var catalog = CatalogCache.For(context.Document.Project.AnalyzerOptions, context.CancellationToken);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Replacement(root, semanticModel, catalog, diagnostic.Location.SourceSpan) is { } replacement)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {replacement.New}",
                        token => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(replacement.Old, replacement.New))),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var catalog = CatalogCache.For(document.Project.AnalyzerOptions, context.CancellationToken);
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            // A controller-level scope shared by several endpoints is reported once for each of them.
            if (Replacement(root, semanticModel, catalog, diagnostic.Location.SourceSpan) is { } replacement && !replacements.ContainsKey(replacement.Old))
            {
                replacements.Add(replacement.Old, replacement.New);
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }

    private static (SyntaxNode Old, SyntaxNode New)? Replacement(SyntaxNode root, SemanticModel semanticModel, ScopeCatalog? catalog, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && catalog is not null:
                var switched = SwitchedScope(literal.Token.ValueText, catalog);
                return switched is null ? null : (literal, LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(switched)).WithTriviaFrom(literal));
            case MemberAccessExpressionSyntax member:
                var field = semanticModel.GetSymbolInfo(member).Symbol as IFieldSymbol;
                var otherName = field?.Name switch { "Read" => "Write", "Write" => "Read", _ => null };
                var hasOther = otherName is not null && field!.ContainingType.GetMembers(otherName).OfType<IFieldSymbol>().Any(other => other.IsConst);
                return hasOther ? (member, member.WithName(IdentifierName(otherName!).WithTriviaFrom(member.Name))) : null;
            default:
                return null;
        }
    }

    private static string? SwitchedScope(string scope, ScopeCatalog catalog)
    {
        var parts = scope.Split(':');
        var other = parts.Length == 2 ? parts[1] switch { ScopeCatalog.Read => ScopeCatalog.Write, ScopeCatalog.Write => ScopeCatalog.Read, _ => null } : null;
        return other is not null && catalog.FindResource(parts[0]) is { } resource && resource.Actions.Contains(other) ? parts[0] + ":" + other : null;
    }
}
