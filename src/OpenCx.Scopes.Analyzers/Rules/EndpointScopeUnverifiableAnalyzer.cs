using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Analyzers.Endpoints;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Rules;

/// <summary>
/// OCX0007: an endpoint whose builder (or route group) goes where a scope could be added out of the analyzer's
/// sight: a field or property, a collection, a delegate, a lambda that captures it. Said instead of silence, with
/// the reason, and never beside OCX0001: the verdict for an endpoint is one of scoped, unscoped or unknown.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndpointScopeUnverifiableAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.EndpointScopeUnverifiable,
        title: "The scope of an endpoint can't be verified at build time",
        messageFormat: "The scope of endpoint '{0}' can't be verified at build time: {1}",
        RuleCategories.Authorization,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The endpoint's builder or route group goes where a scope requirement could be added out of the analyzer's sight, "
            + "so OCX0001 can't say whether it has one. Add the requirement where the endpoint or its group is mapped, "
            + "or keep the builder in a local.",
        helpLinkUri: RuleHelp.UriFor(RuleIdentifiers.EndpointScopeUnverifiable),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => EndpointActions.RegisterAtEnd(start, (endpoint, verdict, _, report) =>
        {
            if (verdict.Kind == VerdictKind.Unknown)
            {
                report(EndpointWithoutScopeAnalyzer.Create(Rule, endpoint, verdict.Reason!));
            }
        }));
    }
}
