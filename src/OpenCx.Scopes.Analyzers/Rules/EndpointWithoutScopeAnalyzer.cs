using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OpenCx.Scopes.Analyzers.Endpoints;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Rules;

/// <summary>OCX0001: every HTTP endpoint must state the scope it needs (or that it is full-access only, or anonymous).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndpointWithoutScopeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Words that hint at the endpoint's resource, joined by '|', for the code fix.</summary>
    internal const string HintsProperty = "Hints";

    /// <summary>"read" or "write" as the endpoint's HTTP methods suggest, empty when it accepts any method.</summary>
    internal const string ActionProperty = "Action";

    internal const string KindProperty = "Kind";

    private const string Title = "HTTP endpoint has no scope requirement";
    private const string Message = "Endpoint '{0}' has no scope requirement: add [RequiresScope] or RequireScope(...), or state RequiresFullAccess or AllowAnonymous";
    private const string Description =
        "An OpenCX API key is either full access or limited to scopes; an endpoint that states no scope lets every scoped key in. "
        + "Each endpoint, its controller or its route group must carry RequiresScope, RequiresFullAccess or AllowAnonymous.";

    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.EndpointWithoutScope,
        Title,
        Message,
        RuleCategories.Authorization,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleHelp.UriFor(RuleIdentifiers.EndpointWithoutScope));

    /// <summary>
    /// The same rule for endpoints mapped on a group parameter (<c>MapContacts(this RouteGroupBuilder g)</c>): only the
    /// whole compilation shows whether every caller passes a scoped group, so these are reported at compilation end.
    /// </summary>
    internal static readonly DiagnosticDescriptor GroupParameterRule = new(
        RuleIdentifiers.EndpointWithoutScope,
        Title,
        Message,
        RuleCategories.Authorization,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleHelp.UriFor(RuleIdentifiers.EndpointWithoutScope),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule, GroupParameterRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = WellKnownTypes.For(start.Compilation);
            if (types.Get(WellKnownType.RequiresScopeAttribute) is null)
            {
                return;
            }

            if (types.Get(WellKnownType.ControllerAttribute) is not null)
            {
                start.RegisterSymbolAction(symbol => AnalyzeController(symbol, types), SymbolKind.NamedType);
            }

            if (types.Get(WellKnownType.EndpointRouteBuilderExtensions) is not null)
            {
                RegisterRouteHandlerActions(start, types);
            }
        });
    }

    private static void AnalyzeController(SymbolAnalysisContext context, WellKnownTypes types)
    {
        foreach (var endpoint in EndpointFinder.InController((INamedTypeSymbol)context.Symbol, types))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!endpoint.Requirements.IsSatisfied)
            {
                context.ReportDiagnostic(Create(Rule, endpoint));
            }
        }
    }

    private static void RegisterRouteHandlerActions(CompilationStartAnalysisContext start, WellKnownTypes types)
    {
        var callers = new GroupCallers(types);
        var waitingForCallers = new ConcurrentQueue<Endpoint>();
        start.RegisterOperationAction(
            context =>
            {
                var invocation = (IInvocationOperation)context.Operation;
                callers.AddCall(invocation);
                if (EndpointFinder.ForRouteHandler(invocation, types) is not { Requirements.IsSatisfied: false } endpoint)
                {
                    return;
                }

                if (endpoint.Requirements.GroupParameter is not null)
                {
                    waitingForCallers.Enqueue(endpoint);
                }
                else
                {
                    context.ReportDiagnostic(Create(Rule, endpoint));
                }
            },
            OperationKind.Invocation);
        start.RegisterOperationAction(context => callers.AddReference((IMethodReferenceOperation)context.Operation), OperationKind.MethodReference);
        start.RegisterCompilationEndAction(context =>
        {
            foreach (var endpoint in waitingForCallers)
            {
                if (!callers.IsScoped(endpoint.Requirements.GroupParameter!))
                {
                    context.ReportDiagnostic(Create(GroupParameterRule, endpoint));
                }
            }
        });
    }

    private static Diagnostic Create(DiagnosticDescriptor rule, Endpoint endpoint)
    {
        var action = endpoint.Methods.IsAllRead ? "read" : endpoint.Methods.IsConstrained ? "write" : string.Empty;
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(HintsProperty, string.Join("|", endpoint.ResourceHints))
            .Add(ActionProperty, action)
            .Add(KindProperty, endpoint.Kind.ToString());
        return Diagnostic.Create(rule, endpoint.Location, properties, endpoint.Name);
    }
}
