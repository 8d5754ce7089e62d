using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Analyzers.Scopes;

namespace OpenCx.Scopes.Analyzers.Rules;

/// <summary>OCX0006: a scope computed at run time, which no analyzer can check against the catalog.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonConstantScopeAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.NonConstantScope,
        title: "A scope is not a compile-time constant",
        messageFormat: "This scope is not a compile-time constant, so it can't be checked against the catalog; pass an OpenCxScopes constant",
        RuleCategories.Authorization,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A scope computed at run time may name a scope no key can hold, and nothing finds out until a caller gets 403.",
        helpLinkUri: RuleHelp.UriFor(RuleIdentifiers.NonConstantScope));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ScopeArguments.CanOccurIn(start.Compilation))
            {
                // In an attribute the compiler already demands a constant (CS0182), so attributes need no binding here.
                ScopeArguments.Register(start, Analyze, includeAttributes: false);
            }
        });
    }

    private static void Analyze(ScopeArgument argument, Action<Diagnostic> report)
    {
        // Half-typed code is not yet an expression worth a warning.
        if (argument.IsConstant || argument.HasErrors)
        {
            return;
        }

        report(Diagnostic.Create(Rule, argument.Location));
    }
}
