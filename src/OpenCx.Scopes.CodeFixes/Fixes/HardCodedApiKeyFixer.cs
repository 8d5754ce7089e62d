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
using Microsoft.CodeAnalysis.Editing;
using OpenCx.Scopes.Analyzers;
using OpenCx.Scopes.Analyzers.Rules;

namespace OpenCx.Scopes.CodeFixes.Fixes;

/// <summary>
/// OCX0003: replaces the hard-coded key with <c>configuration["OpenCx:ApiKey"]</c> where an <c>IConfiguration</c> is in
/// scope, else with the <c>OPENCX_API_KEY</c> environment variable. A <c>const</c> holding the key stops being one.
/// No fix where C# demands a constant (attribute arguments, parameter defaults) or for UTF-8 literals.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedApiKeyFixer)), Shared]
public sealed class HardCodedApiKeyFixer : CodeFixProvider
{
    public const string ConfigurationKey = "OpenCx:ApiKey";
    public const string EnvironmentVariable = "OPENCX_API_KEY";

    private const string IConfigurationName = "Microsoft.Extensions.Configuration.IConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.HardCodedApiKey);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax key || !CanReplace(key))
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(HardCodedApiKeyAnalyzer.TextBeforeKeyProperty, out var before);
            diagnostic.Properties.TryGetValue(HardCodedApiKeyAnalyzer.TextAfterKeyProperty, out var after);
            var configuration = ConfigurationInScope(model, key, context.CancellationToken);
            var title = configuration is null
                ? $"Read the key from the {EnvironmentVariable} environment variable"
                : $"Read the key from {configuration}[\"{ConfigurationKey}\"]";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ReplaceAsync(context.Document, key, configuration, before ?? string.Empty, after ?? string.Empty, ct), equivalenceKey: nameof(HardCodedApiKeyFixer)),
                diagnostic);
        }
    }

    private static bool CanReplace(ExpressionSyntax key)
    {
        if (key is not (LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression }))
        {
            return false;
        }

        // Places C# only accepts a constant in.
        return !key.Ancestors().Any(node => node is AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or AttributeSyntax);
    }

    /// <summary>The name of an <c>IConfiguration</c> the code at the key can use: a local or parameter first, then a field or property.</summary>
    private static string? ConfigurationInScope(SemanticModel model, ExpressionSyntax key, CancellationToken cancellationToken)
    {
        var configurationType = model.Compilation.GetTypeByMetadataName(IConfigurationName);
        if (configurationType is null)
        {
            return null;
        }

        var enclosing = model.GetEnclosingSymbol(key.SpanStart, cancellationToken);
        var instanceAvailable = enclosing is IMethodSymbol { IsStatic: false };
        var candidates = model.LookupSymbols(key.SpanStart)
            .Where(symbol => IsConfiguration(TypeOf(symbol), configurationType))
            .Where(symbol => symbol switch
            {
                ILocalSymbol local => local.Locations.All(location => location.SourceSpan.End < key.SpanStart),
                IParameterSymbol => true,
                IFieldSymbol or IPropertySymbol => symbol.IsStatic || instanceAvailable,
                _ => false,
            })
            .OrderBy(symbol => symbol is ILocalSymbol or IParameterSymbol ? 0 : 1)
            .ThenBy(symbol => symbol.Name, System.StringComparer.Ordinal);
        return candidates.FirstOrDefault()?.Name;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) =>
        symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol { IsIndexer: false } property => property.Type,
            _ => null,
        };

    private static bool IsConfiguration(ITypeSymbol? type, INamedTypeSymbol configurationType) =>
        type is not null
        && (SymbolEqualityComparer.Default.Equals(type, configurationType) || type.AllInterfaces.Contains(configurationType, SymbolEqualityComparer.Default));

    private static async Task<Document> ReplaceAsync(
        Document document, ExpressionSyntax key, string? configuration, string before, string after, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return document;
        }

        var read = configuration is null
            ? $"{TypeName(model, key, "System", "Environment")}.GetEnvironmentVariable(\"{EnvironmentVariable}\")"
            : $"{configuration}[\"{ConfigurationKey}\"]";

        // With nullable annotations on, a missing key fails loudly where it is read instead of as a null later.
        var fallback = string.Empty;
        if (model.GetNullableContext(key.SpanStart).AnnotationsEnabled())
        {
            var where = configuration is null ? $"the {EnvironmentVariable} environment variable" : $"{ConfigurationKey} in configuration";
            fallback = $" ?? throw new {TypeName(model, key, "System", "InvalidOperationException")}(\"Set {where}.\")";
        }

        // Text around the key in the literal (a scheme, a URL, JSON) stays, concatenated around the read.
        var text = read + fallback;
        if (before.Length > 0 || after.Length > 0)
        {
            text = fallback.Length == 0 ? text : $"({text})";
            text = (before.Length > 0 ? Quote(before) + " + " : string.Empty) + text + (after.Length > 0 ? " + " + Quote(after) : string.Empty);
        }

        var replacement = SyntaxFactory.ParseExpression(text).WithTriviaFrom(key);

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.ReplaceNode(key, replacement);
        if (key.FirstAncestorOrSelf<FieldDeclarationSyntax>() is { } field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
        {
            editor.ReplaceNode(field, (current, _) => ((FieldDeclarationSyntax)current).WithModifiers(StaticReadonlyInsteadOfConst(((FieldDeclarationSyntax)current).Modifiers)));
        }
        else if (key.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is { IsConst: true } local)
        {
            editor.ReplaceNode(local, (current, _) => WithoutConst((LocalDeclarationStatementSyntax)current));
        }

        return editor.GetChangedDocument();
    }

    private static string Quote(string text) => SyntaxFactory.Literal(text).Text;

    /// <summary><c>Environment</c> where <c>using System;</c> brings it in, else <c>System.Environment</c>.</summary>
    private static string TypeName(SemanticModel model, SyntaxNode at, string ns, string name)
    {
        var inScope = model.LookupNamespacesAndTypes(at.SpanStart, name: name)
            .Any(symbol => symbol is INamedTypeSymbol type && type.ContainingNamespace?.ToDisplayString() == ns);
        return inScope ? name : ns + "." + name;
    }

    private static LocalDeclarationStatementSyntax WithoutConst(LocalDeclarationStatementSyntax local)
    {
        var constKeyword = local.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
        return local.WithModifiers(local.Modifiers.Remove(constKeyword)).WithLeadingTrivia(constKeyword.LeadingTrivia);
    }

    private static SyntaxTokenList StaticReadonlyInsteadOfConst(SyntaxTokenList modifiers)
    {
        var constKeyword = modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
        var replaced = modifiers.Replace(
            constKeyword,
            SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithLeadingTrivia(constKeyword.LeadingTrivia).WithTrailingTrivia(SyntaxFactory.Space));
        var index = replaced.IndexOf(SyntaxKind.StaticKeyword);
        return replaced.Insert(index + 1, SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(constKeyword.TrailingTrivia));
    }
}
