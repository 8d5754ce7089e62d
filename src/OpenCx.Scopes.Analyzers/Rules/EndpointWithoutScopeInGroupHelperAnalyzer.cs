using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OpenCx.Scopes.Analyzers.Endpoints;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Rules;

/// <summary>
/// OCX0001 for endpoints mapped on a group parameter (<c>MapContacts(this RouteGroupBuilder g)</c>): only the whole
/// compilation shows whether every caller passes a scoped group, so these are reported at compilation end. A separate
/// analyzer so the editor keeps showing the other OCX0001 warnings live.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndpointWithoutScopeInGroupHelperAnalyzer : DiagnosticAnalyzer
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
        context.RegisterCompilationStartAction(start =>
        {
            var types = WellKnownTypes.For(start.Compilation);
            if (types.Get(WellKnownType.RequiresScopeAttribute) is null || types.Get(WellKnownType.EndpointRouteBuilderExtensions) is null)
            {
                return;
            }

            var callers = new GroupCallers(types);
            var waitingForCallers = new ConcurrentQueue<Endpoint>();
            start.RegisterOperationBlockAction(block =>
            {
                foreach (var operation in block.OperationBlocks.SelectMany(root => root.DescendantsAndSelf()))
                {
                    if (operation is IMethodReferenceOperation reference)
                    {
                        callers.AddReference(reference);
                    }
                    else if (operation is IInvocationOperation invocation)
                    {
                        callers.AddCall(invocation);
                    }
                }

                foreach (var endpoint in EndpointCache.InBody(block, types))
                {
                    if (endpoint.Requirements is { IsSatisfied: false, GroupParameter: not null })
                    {
                        waitingForCallers.Enqueue(endpoint);
                    }
                }
            });
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var endpoint in waitingForCallers)
                {
                    if (!callers.IsScoped(endpoint.Requirements.GroupParameter!))
                    {
                        end.ReportDiagnostic(EndpointWithoutScopeAnalyzer.Create(Rule, endpoint));
                    }
                }
            });
        });
    }
}
