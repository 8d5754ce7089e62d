using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Analyzers.Scopes;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Analyzers.Rules;

/// <summary>OCX0002: a constant scope given to RequiresScope or RequireScope that the catalog does not have.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidScopeAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.InvalidScope,
        title: "A scope is not in the catalog",
        messageFormat: "{0} is not in the scope catalog: {1}",
        RuleCategories.Authorization,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An API key can only hold scopes of the catalog, so an endpoint that requires any other scope can never be called with a scoped key.",
        helpLinkUri: RuleHelp.UriFor(RuleIdentifiers.InvalidScope));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (!ScopeArguments.CanOccurIn(start.Compilation) || CatalogCache.For(start.Options, start.CancellationToken) is not { } catalog)
            {
                return;
            }

            var constants = GeneratedScopeConstants.For(start.Compilation, start.Options);
            ScopeArguments.Register(start, (argument, report) => Analyze(argument, report, catalog, constants));
        });
    }

    private static void Analyze(ScopeArgument argument, Action<Diagnostic> report, ScopeCatalog catalog, GeneratedScopeConstants constants)
    {
        if (!argument.IsConstant || argument.HasErrors)
        {
            return;
        }

        var scope = argument.ConstantText;
        var verdict = ScopeCheck.Check(catalog, scope ?? string.Empty);
        if (verdict.IsValid)
        {
            return;
        }

        report(Diagnostic.Create(
            Rule,
            argument.Location,
            ScopeReplacements.ToProperties(verdict.Suggestions, constants),
            scope is null ? "null" : "'" + scope + "'",
            ScopeProblemMessage.Explain(verdict, catalog)));
    }
}
