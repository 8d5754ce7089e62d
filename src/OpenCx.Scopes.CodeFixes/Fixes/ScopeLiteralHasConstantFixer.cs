using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Analyzers;
using OpenCx.Scopes.Analyzers.Scopes;

namespace OpenCx.Scopes.CodeFixes.Fixes;

/// <summary>OCX0005: replaces the scope literal with its generated constant, importing the constant's namespace.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ScopeLiteralHasConstantFixer))]
public sealed class ScopeLiteralHasConstantFixer : CodeFixProvider
{
    private const string Title = "Use the generated scope constant";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.ScopeLiteralHasConstant);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (fixAll, document, diagnostics) =>
            await ScopeArgumentReplacer.ReplaceAsync(document, diagnostics.SelectMany(Edits).ToList(), fixAll.CancellationToken).ConfigureAwait(false));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var edits = Edits(diagnostic).ToList();
            if (edits.Count == 1 && edits[0].Replacement.ConstantId is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => ScopeArgumentReplacer.ReplaceAsync(context.Document, edits, cancellationToken), Title),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static IEnumerable<(TextSpan Span, ScopeReplacement Replacement)> Edits(Diagnostic diagnostic) =>
        ScopeReplacements.FromProperties(diagnostic.Properties).Select(replacement => (diagnostic.Location.SourceSpan, replacement));
}
