using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OpenCx.Scopes.Analyzers.Endpoints;
using OpenCx.Scopes.Analyzers.Requirements;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Analyzers.Rules;

/// <summary>OCX0004: a write endpoint that requires only read scopes, or a read endpoint that requires only write scopes.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ActionDoesNotFitMethodAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The scope reported, for the code fix.</summary>
    internal const string ScopeProperty = "Scope";

    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.ActionDoesNotFitMethod,
        title: "The scope's action does not fit the HTTP method",
        messageFormat: "Endpoint '{0}' handles {1} requests but its scope '{2}' only grants {3} access; it needs a {4} scope",
        RuleCategories.Authorization,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A read scope grants GET and list; a write scope grants create, update and delete. "
            + "A POST, PUT, PATCH or DELETE endpoint that requires only read scopes lets read-only keys change data; "
            + "a GET or HEAD endpoint that requires only write scopes shuts out the keys meant to read it.",
        helpLinkUri: RuleHelp.UriFor(RuleIdentifiers.ActionDoesNotFitMethod));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => EndpointActions.Register(start, Report));
    }

    private static void Report(Endpoint endpoint, EndpointGraph graph, System.Action<Diagnostic> report)
    {
        var (handles, wrongAction, rightAction) = endpoint.Methods switch
        {
            { IsAllWrite: true } => ("write", ScopeCatalog.Read, ScopeCatalog.Write),
            { IsAllRead: true } => ("read", ScopeCatalog.Write, ScopeCatalog.Read),
            _ => (null, null, null),
        };
        if (handles is null || MisfittingScopes(endpoint.Requirements, wrongAction!) is not { } misfits)
        {
            return;
        }

        foreach (var scope in misfits)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(ScopeProperty, scope.Scope);
            report(Diagnostic.Create(Rule, scope.ScopeLocation, properties, endpoint.Name, endpoint.Methods.Display, scope.Scope, wrongAction, rightAction));
        }
    }

    /// <summary>
    /// The scopes to report when every scope the endpoint requires has <paramref name="wrongAction"/>: its own when it
    /// has any (that is where the fix belongs), else those it inherits. Null when anything else is required or unknown.
    /// </summary>
    private static IEnumerable<Requirement>? MisfittingScopes(EndpointRequirements requirements, string wrongAction)
    {
        var found = requirements.Found;
        if (found.Count == 0 || found.Any(requirement => requirement.Kind != RequirementKind.Scope || ActionOf(requirement.Scope) != wrongAction))
        {
            return null;
        }

        var own = found.Where(requirement => requirement.Own).ToList();
        return (own.Count > 0 ? own : found).Where(requirement => requirement.ScopeLocation is not null);
    }

    private static string? ActionOf(string? scope)
    {
        var colon = scope?.IndexOf(':') ?? -1;
        return colon > 0 ? scope!.Substring(colon + 1) : null;
    }
}
