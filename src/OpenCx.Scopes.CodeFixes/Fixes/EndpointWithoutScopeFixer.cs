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
using OpenCx.Scopes.Analyzers.Endpoints;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.Catalog;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace OpenCx.Scopes.CodeFixes.Fixes;

/// <summary>
/// OCX0001: adds <c>[RequiresScope(OpenCxScopes.Contacts.Read)]</c> to the action (or to the controller that inherits it),
/// or <c>.RequireScope(...)</c> to the Map* call. The resource is guessed from the controller name, route or group;
/// the action from the HTTP method. Several guesses give several fixes; full access is always offered last.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EndpointWithoutScopeFixer))]
[Shared]
public sealed class EndpointWithoutScopeFixer : CodeFixProvider
{
    /// <summary>The equivalence key of the best guess, which Fix All applies to each endpoint by its own guess.</summary>
    internal const string BestGuessKey = RuleIdentifiers.EndpointWithoutScope + ":BestGuess";

    internal const string FullAccessKey = RuleIdentifiers.EndpointWithoutScope + ":FullAccess";

    private const string ScopesNamespace = WellKnownNames.AttributeNamespace;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.EndpointWithoutScope);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var catalog = CatalogCache.For(context.Document.Project.AnalyzerOptions, context.CancellationToken);
        foreach (var diagnostic in context.Diagnostics)
        {
            var choices = ChoicesFor(diagnostic, catalog);
            for (var i = 0; i < choices.Count; i++)
            {
                var choice = choices[i];
                var key = choice.Scope is null ? FullAccessKey : i == 0 ? BestGuessKey : RuleIdentifiers.EndpointWithoutScope + ":" + choice.Scope.Value.Scope;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        TitleFor(diagnostic, choice),
                        token => ApplyAsync(context.Document, new[] { (diagnostic, choice) }, token),
                        key),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var catalog = CatalogCache.For(document.Project.AnalyzerOptions, context.CancellationToken);
        var key = context.CodeActionEquivalenceKey;
        var edits = new List<(Diagnostic, Choice)>();
        foreach (var diagnostic in diagnostics)
        {
            var choices = ChoicesFor(diagnostic, catalog);
            Choice? chosen = key switch
            {
                FullAccessKey => choices.Last(),
                BestGuessKey => choices.Count > 1 ? choices[0] : null,
                _ => choices.Where(choice => key == RuleIdentifiers.EndpointWithoutScope + ":" + choice.Scope?.Scope).Cast<Choice?>().FirstOrDefault(),
            };
            if (chosen is { } choice)
            {
                edits.Add((diagnostic, choice));
            }
        }

        return edits.Count == 0 ? document : await ApplyAsync(document, edits, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>One fix: a scope (resource identifier and Read/Write), or full access when <see cref="Scope"/> is null.</summary>
    private readonly record struct Choice(ScopeChoice? Scope);

    private readonly record struct ScopeChoice(string Identifier, string Member, string Scope)
    {
        public string Expression => $"{WellKnownNames.ScopesClass}.{Identifier}.{Member}";
    }

    private static List<Choice> ChoicesFor(Diagnostic diagnostic, ScopeCatalog? catalog)
    {
        var choices = new List<Choice>();
        if (catalog is not null)
        {
            diagnostic.Properties.TryGetValue(EndpointWithoutScopeAnalyzer.HintsProperty, out var hints);
            diagnostic.Properties.TryGetValue(EndpointWithoutScopeAnalyzer.ActionProperty, out var action);
            foreach (var resource in ResourceGuess.From(catalog, (hints ?? string.Empty).Split('|')))
            {
                var wanted = action == ScopeCatalog.Read ? ScopeCatalog.Read : ScopeCatalog.Write;
                var actual = resource.Actions.Contains(wanted) ? wanted : resource.Actions.FirstOrDefault();
                if (actual is not null)
                {
                    var member = char.ToUpperInvariant(actual[0]) + actual.Substring(1);
                    choices.Add(new Choice(new ScopeChoice(resource.Identifier, member, resource.Id + ":" + actual)));
                }
            }
        }

        choices.Add(new Choice(null));
        return choices;
    }

    private static string TitleFor(Diagnostic diagnostic, Choice choice) =>
        (IsRouteHandler(diagnostic), choice.Scope) switch
        {
            (true, { } scope) => $"Add .RequireScope({scope.Expression})",
            (true, null) => "Add .RequireFullAccess()",
            (false, { } scope) => $"Add [RequiresScope({scope.Expression})]",
            (false, null) => "Add [RequiresFullAccess]",
        };

    private static bool IsRouteHandler(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(EndpointWithoutScopeAnalyzer.KindProperty, out var kind) && kind == nameof(EndpointKind.RouteHandler);

    private static async Task<Document> ApplyAsync(Document document, IEnumerable<(Diagnostic Diagnostic, Choice Choice)> edits, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax compilationUnit)
        {
            return document;
        }

        var changes = new Dictionary<SyntaxNode, List<Choice>>();
        foreach (var (diagnostic, choice) in edits)
        {
            if (TargetOf(root, diagnostic) is { } target)
            {
                if (!changes.TryGetValue(target, out var list))
                {
                    changes[target] = list = new List<Choice>();
                }

                if (!list.Contains(choice))
                {
                    list.Add(choice);
                }
            }
        }

        if (changes.Count == 0)
        {
            return document;
        }

        var endOfLine = root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        var newLine = endOfLine == default ? CarriageReturnLineFeed : endOfLine;
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var position = changes.Keys.First().SpanStart;
        var rewritten = compilationUnit.ReplaceNodes(changes.Keys, (original, current) => changes[original].Aggregate(current, (node, choice) => Add(node, choice, newLine)));
        rewritten = EnsureImported(rewritten, semanticModel, position, "RequiresScopeAttribute", ScopesNamespace, newLine);
        rewritten = EnsureImported(rewritten, semanticModel, position, WellKnownNames.ScopesClass, ScopesClassNamespace(semanticModel), newLine);
        return document.WithSyntaxRoot(rewritten);
    }

    private static SyntaxNode? TargetOf(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan);
        return IsRouteHandler(diagnostic)
            ? node.FirstAncestorOrSelf<InvocationExpressionSyntax>()
            : node.FirstAncestorOrSelf<MemberDeclarationSyntax>(member => member is MethodDeclarationSyntax or TypeDeclarationSyntax);
    }

    private static SyntaxNode Add(SyntaxNode node, Choice choice, SyntaxTrivia newLine)
    {
        if (node is InvocationExpressionSyntax invocation)
        {
            var (name, arguments) = choice.Scope is { } scope
                ? ("RequireScope", ArgumentList(SingletonSeparatedList(Argument(ParseExpression(scope.Expression)))))
                : ("RequireFullAccess", ArgumentList());
            return InvocationExpression(
                    MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, invocation.WithoutTrailingTrivia(), IdentifierName(name)),
                    arguments)
                .WithTrailingTrivia(invocation.GetTrailingTrivia());
        }

        var attribute = choice.Scope is { } required
            ? Attribute(IdentifierName("RequiresScope"), AttributeArgumentList(SingletonSeparatedList(AttributeArgument(ParseExpression(required.Expression)))))
            : Attribute(IdentifierName("RequiresFullAccess"));
        var list = AttributeList(SingletonSeparatedList(attribute));
        var member = (MemberDeclarationSyntax)node;
        if (member.AttributeLists.Count > 0)
        {
            var last = member.AttributeLists.Last();
            list = list.WithLeadingTrivia(Indentation(last.GetLeadingTrivia())).WithTrailingTrivia(last.GetTrailingTrivia());
            return member.WithAttributeLists(member.AttributeLists.Add(list));
        }

        var leading = member.GetLeadingTrivia();
        list = list.WithLeadingTrivia(leading).WithTrailingTrivia(TriviaList(newLine).AddRange(Indentation(leading)));
        return member.WithoutLeadingTrivia().WithAttributeLists(SingletonList(list));
    }

    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading) =>
        leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? TriviaList(leading.Last()) : TriviaList();

    private static string ScopesClassNamespace(SemanticModel? semanticModel)
    {
        var scopesClass = semanticModel?.Compilation.GetSymbolsWithName(WellKnownNames.ScopesClass, SymbolFilter.Type).FirstOrDefault();
        return scopesClass?.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : ScopesNamespace;
    }

    private static CompilationUnitSyntax EnsureImported(CompilationUnitSyntax root, SemanticModel? semanticModel, int position, string typeName, string ns, SyntaxTrivia newLine)
    {
        var visible = semanticModel?.LookupNamespacesAndTypes(position, name: typeName).Any() ?? false;
        if (visible || root.Usings.Any(existing => existing.Name?.ToString() == ns))
        {
            return root;
        }

        var directive = UsingDirective(ParseName(ns)).NormalizeWhitespace().WithTrailingTrivia(newLine);
        if (root.Usings.Count == 0)
        {
            directive = directive.WithTrailingTrivia(newLine, newLine);
        }

        return root.AddUsings(directive);
    }
}
