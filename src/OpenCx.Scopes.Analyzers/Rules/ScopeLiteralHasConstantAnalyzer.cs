using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Analyzers.Scopes;

namespace OpenCx.Scopes.Analyzers.Rules;

/// <summary>OCX0005: a string literal passed as a scope where the generated OpenCxScopes constant could be used.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ScopeLiteralHasConstantAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.ScopeLiteralHasConstant,
        title: "Use the generated scope constant",
        messageFormat: "Use {0} instead of the string '{1}'",
        RuleCategories.Usage,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The generated constant is checked by the compiler, found by IntelliSense and Find All References, and disappears when the catalog drops the scope.",
        helpLinkUri: RuleHelp.UriFor(RuleIdentifiers.ScopeLiteralHasConstant));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (!ScopeArguments.CanOccurIn(start.Compilation))
            {
                return;
            }

            var constants = GeneratedScopeConstants.For(start.Compilation, start.Options);
            if (constants == GeneratedScopeConstants.None)
            {
                return;
            }

            ScopeArguments.Register(start, (argument, report) => Analyze(argument, report, constants));
        });
    }

    private static void Analyze(ScopeArgument argument, Action<Diagnostic> report, GeneratedScopeConstants constants)
    {
        if (!argument.IsLiteral || argument.ConstantText is not { } scope || constants.Find(scope) is not { } constant)
        {
            return;
        }

        report(Diagnostic.Create(
            Rule,
            argument.Location,
            ScopeReplacements.ToProperties(new[] { scope }, constants),
            GeneratedScopeConstants.DisplayName(constant),
            scope));
    }
}
