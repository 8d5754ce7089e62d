using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>Registers the actions that hand a rule every endpoint of the compilation: controller actions and Map* handlers.</summary>
internal static class EndpointActions
{
    public static void Register(CompilationStartAnalysisContext start, Action<Endpoint, Action<Diagnostic>> analyze)
    {
        var types = WellKnownTypes.For(start.Compilation);
        if (types.Get(WellKnownType.RequiresScopeAttribute) is null)
        {
            return;
        }

        if (types.Get(WellKnownType.ControllerAttribute) is not null)
        {
            start.RegisterSymbolAction(
                context =>
                {
                    foreach (var endpoint in EndpointCache.InController(context.Compilation, (INamedTypeSymbol)context.Symbol, types))
                    {
                        context.CancellationToken.ThrowIfCancellationRequested();
                        analyze(endpoint, context.ReportDiagnostic);
                    }
                },
                SymbolKind.NamedType);
        }

        if (types.Get(WellKnownType.EndpointRouteBuilderExtensions) is not null)
        {
            // Per operation block rather than per invocation: the IDE computes a diagnostic with the member that holds
            // it, and both the builder chain around a Map* call and its scope arguments lie outside the call.
            start.RegisterOperationBlockAction(context =>
            {
                foreach (var endpoint in EndpointCache.InBody(context, types))
                {
                    analyze(endpoint, context.ReportDiagnostic);
                }
            });
        }
    }
}
