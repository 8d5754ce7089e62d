using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Analyzers.Endpoints;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Rules;

/// <summary>
/// OCX0001 for endpoints that other methods decide: mapped on a group parameter (<c>MapContacts(this RouteGroupBuilder g)</c>),
/// on a group a helper returns, through a wrapper, or on controllers when MapControllers() may carry conventions. Only
/// the whole compilation shows these, so they are reported at compilation end. A separate analyzer so the editor
/// keeps showing the other OCX0001 warnings live.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndpointWithoutScopeAtCompilationEndAnalyzer : DiagnosticAnalyzer
{
    // The contract gives both halves of the rule one id; only the compilation-end half may carry that tag.
#pragma warning disable RS1019 // Diagnostic id already used by another analyzer
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.EndpointWithoutScope,
        EndpointWithoutScopeAnalyzer.Title,
        EndpointWithoutScopeAnalyzer.Message,
        RuleCategories.Authorization,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: EndpointWithoutScopeAnalyzer.Description,
        helpLinkUri: RuleHelp.UriFor(RuleIdentifiers.EndpointWithoutScope),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
#pragma warning restore RS1019

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => EndpointActions.RegisterAtEnd(start, (endpoint, verdict, decidedLive, report) =>
        {
            if (!decidedLive && verdict.Kind == VerdictKind.Unscoped)
            {
                report(EndpointWithoutScopeAnalyzer.Create(Rule, endpoint));
            }
        }));
    }
}
