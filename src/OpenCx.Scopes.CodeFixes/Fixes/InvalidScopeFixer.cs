using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using OpenCx.Scopes.Analyzers;
using OpenCx.Scopes.Analyzers.Scopes;

namespace OpenCx.Scopes.CodeFixes.Fixes;

/// <summary>OCX0002: one action per suggested scope, replacing the argument with its generated constant (or the literal when there is none).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidScopeFixer))]
public sealed class InvalidScopeFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.InvalidScope);

    // Fix All applies the chosen scope to every diagnostic that offers the same one.
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (fixAll, document, diagnostics) =>
        {
            var edits = diagnostics
                .SelectMany(diagnostic => ScopeReplacements.FromProperties(diagnostic.Properties)
                    .Where(replacement => EquivalenceKey(replacement) == fixAll.CodeActionEquivalenceKey)
                    .Select(replacement => (diagnostic.Location.SourceSpan, replacement)))
                .ToList();
            return await ScopeArgumentReplacer.ReplaceAsync(document, edits, fixAll.CancellationToken).ConfigureAwait(false);
        });

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var replacement in ScopeReplacements.FromProperties(diagnostic.Properties))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use '{replacement.Scope}'",
                        cancellationToken => ScopeArgumentReplacer.ReplaceAsync(context.Document, new[] { (diagnostic.Location.SourceSpan, replacement) }, cancellationToken),
                        EquivalenceKey(replacement)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static string EquivalenceKey(ScopeReplacement replacement) => RuleIdentifiers.InvalidScope + ":" + replacement.Scope;
}
