using System;
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
/// OCX0001: every HTTP endpoint must state the scope it needs (or that it is full-access only, or anonymous).
/// Endpoints decided by their own method are reported here, live in the editor; endpoints whose requirements other
/// methods decide (group parameters, returned groups, wrappers, MapControllers() conventions) wait for the whole
/// compilation in <see cref="EndpointWithoutScopeAtCompilationEndAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndpointWithoutScopeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Words that hint at the endpoint's resource, joined by '|', for the code fix.</summary>
    internal const string HintsProperty = "Hints";

    /// <summary>"read" or "write" as the endpoint's HTTP methods suggest, empty when it accepts any method.</summary>
    internal const string ActionProperty = "Action";

    internal const string KindProperty = "Kind";

    internal const string Title = "HTTP endpoint has no scope requirement";
    internal const string Message = "Endpoint '{0}' has no scope requirement: add [RequiresScope] or RequireScope(...), or state RequiresFullAccess or AllowAnonymous";
    internal const string Description =
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

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => EndpointActions.Register(start, Analyze));
    }

    private static void Analyze(Endpoint endpoint, EndpointGraph graph, Action<Diagnostic> report)
    {
        // Endpoints other methods decide wait for compilation end (EndpointWithoutScopeAtCompilationEndAnalyzer);
        // one a requirement may reach out of sight gets OCX0007 instead (EndpointScopeUnverifiableAnalyzer).
        if (endpoint.Requirements is { HasRequirement: false, UnknownReason: null } && EndpointActions.IsDecidedLive(endpoint, graph))
        {
            report(Create(Rule, endpoint));
        }
    }

    internal static Diagnostic Create(DiagnosticDescriptor rule, Endpoint endpoint, params object[] moreArguments)
    {
        var action = endpoint.Methods.IsAllRead ? "read" : endpoint.Methods.IsConstrained ? "write" : string.Empty;
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(HintsProperty, string.Join("|", endpoint.ResourceHints))
            .Add(ActionProperty, action)
            .Add(KindProperty, endpoint.Kind.ToString());
        return Diagnostic.Create(rule, endpoint.Location, properties, new object[] { endpoint.Name }.Concat(moreArguments).ToArray());
    }
}
