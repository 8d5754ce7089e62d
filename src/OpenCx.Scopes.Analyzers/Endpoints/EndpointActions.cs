using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// Registers the actions that hand a rule the endpoints of the compilation: live, as each controller and body is
/// analyzed (<see cref="Register"/>), or with their verdict at compilation end (<see cref="RegisterAtEnd"/>) for
/// those whose requirements other methods decide.
/// </summary>
internal static class EndpointActions
{
    public static void Register(CompilationStartAnalysisContext start, Action<Endpoint, EndpointGraph, Action<Diagnostic>> analyze)
    {
        if (GraphFor(start.Compilation) is not { } graph)
        {
            return;
        }

        if (graph.Types.Get(WellKnownType.ControllerAttribute) is not null)
        {
            start.RegisterSymbolAction(
                context =>
                {
                    // One delegate per controller, not one per action.
                    Action<Diagnostic> report = context.ReportDiagnostic;
                    foreach (var endpoint in graph.InController((INamedTypeSymbol)context.Symbol))
                    {
                        context.CancellationToken.ThrowIfCancellationRequested();
                        analyze(endpoint, graph, report);
                    }
                },
                SymbolKind.NamedType);
        }

        if (graph.Types.Get(WellKnownType.EndpointRouteBuilderExtensions) is not null)
        {
            // Per code block rather than per invocation: the IDE computes a diagnostic with the member that holds it,
            // and both the builder chain around a Map* call and its scope arguments lie outside the call.
            Action<CodeBlockAnalysisContext> analyzeBlock = context =>
            {
                Action<Diagnostic> report = context.ReportDiagnostic;
                foreach (var endpoint in graph.InBody(context.CodeBlock, context.OwningSymbol, context.SemanticModel, context.CancellationToken))
                {
                    analyze(endpoint, graph, report);
                }
            };

            // Only the code blocks of types whose text names a Map* method: a service has tens of thousands of code
            // blocks (every field initializer is one), and a callback for each, in each rule, cost more than the
            // endpoints of the few types that map any.
            start.RegisterSymbolStartAction(
                typeStart =>
                {
                    if (graph.MayMapIn((INamedTypeSymbol)typeStart.Symbol, typeStart.CancellationToken))
                    {
                        typeStart.RegisterCodeBlockAction(analyzeBlock);
                    }
                },
                SymbolKind.NamedType);

            // Top-level statements are code blocks of the implicit Program type, which gets a symbol start too (tested).
            // The files the driver hands over are where compilation end looks for helpers' callers.
            start.RegisterSyntaxTreeAction(context => graph.AddAnalyzedTree(context.Tree));
        }
    }

    /// <summary>
    /// True when the endpoint is decided while you type: a Map* endpoint by its own method, a controller action by its
    /// attributes or by MapControllers() and conventional-route conventions that carry nothing and depend on no other method.
    /// </summary>
    public static bool IsDecidedLive(Endpoint endpoint, EndpointGraph graph) =>
        endpoint.Kind == EndpointKind.RouteHandler
            ? endpoint.Requirements.IsLocal
            : endpoint.Requirements.HasRequirement || graph.ControllerConventionsFor(endpoint) is { Kind: VerdictKind.Unscoped };

    /// <summary>
    /// Hands over, at compilation end, every endpoint that may not be scoped, with its verdict: an endpoint a
    /// wrapper maps once for each call site of the wrapper, and never inside it. Only those are kept until then.
    /// </summary>
    public static void RegisterAtEnd(CompilationStartAnalysisContext start, Action<Endpoint, Verdict, bool, Action<Diagnostic>> report)
    {
        if (GraphFor(start.Compilation) is not { } graph)
        {
            return;
        }

        // Kept: what other methods decide, and what may be unknown; an endpoint decided unscoped live is done.
        var waiting = new ConcurrentQueue<Endpoint>();
        Register(start, (endpoint, _, _) =>
        {
            if (!endpoint.Requirements.HasRequirement && (endpoint.Requirements.UnknownReason is not null || !IsDecidedLive(endpoint, graph)))
            {
                waiting.Enqueue(endpoint);
            }
        });
        start.RegisterCompilationEndAction(end =>
        {
            graph.FollowTheRest(end.CancellationToken);
            Action<Diagnostic> reportDiagnostic = end.ReportDiagnostic;
            foreach (var endpoint in waiting)
            {
                end.CancellationToken.ThrowIfCancellationRequested();
                var live = IsDecidedLive(endpoint, graph);
                if (endpoint.Kind != EndpointKind.RouteHandler)
                {
                    report(endpoint, live ? Verdict.Unscoped : graph.Flow.ControllerConventions(endpoint.ConventionallyRouted), live, reportDiagnostic);
                }
                else if (endpoint.Requirements.ReturnedFrom is { } wrapper)
                {
                    foreach (var site in graph.Flow.CallSitesOf(wrapper))
                    {
                        report(AtCallSite(endpoint, site), graph.Flow.ResolveAt(endpoint.Requirements, site), false, reportDiagnostic);
                    }
                }
                else
                {
                    report(endpoint, graph.Flow.Resolve(endpoint.Requirements), live, reportDiagnostic);
                }
            }
        });
    }

    private static EndpointGraph? GraphFor(Compilation compilation) =>
        WellKnownTypes.For(compilation).Get(WellKnownType.RequiresScopeAttribute) is null ? null : EndpointGraph.For(compilation);

    // A wrapper's endpoint at one call site: reported there, named by the route that call passes.
    private static Endpoint AtCallSite(Endpoint inner, CallSite site)
    {
        var pattern = inner.PatternParameter is { } parameter && site.Constants.TryGetValue(parameter.Ordinal, out var text) ? text : null;
        var verb = inner.Methods.IsConstrained ? inner.Methods.Display : site.Method.Name;
        var name = pattern is null ? inner.Name : $"{verb} {pattern}";
        var hints = inner.ResourceHints.AddRange(site.Constants.Values).Add(site.Method.Name);
        return inner with { Name = name, Location = site.Location, ResourceHints = hints };
    }
}
