using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCx.Scopes.Analyzers.Scopes;

/// <summary>
/// Finds scope arguments by name rather than by symbol: <c>OpenCx.Scopes.RequiresScopeAttribute(string scope)</c> and
/// a <c>RequireScope(..., string scope)</c> extension in namespace OpenCx.Scopes, so the generated types and the
/// run-time package's public ones are treated the same.
/// </summary>
/// <remarks>
/// Nothing is bound that the compiler has not bound already, except what is named like a scope argument: all of
/// them are found by their names in each file's text (<see cref="ScopeArgumentIndex"/>), once per compilation for
/// every rule; attributes of types and methods are then read from the compiler's own <see cref="AttributeData"/>.
/// </remarks>
internal static class ScopeArguments
{
    public const string AttributeName = "RequiresScopeAttribute";
    public const string ShortAttributeName = "RequiresScope";
    public const string ExtensionName = "RequireScope";
    private const string ParameterName = "scope";

    /// <summary>True when the compilation can have scope arguments at all: it sees a RequiresScopeAttribute.</summary>
    public static bool CanOccurIn(Compilation compilation) =>
        WellKnownTypes.For(compilation).Get(WellKnownType.RequiresScopeAttribute) is not null;

    /// <summary>Calls <paramref name="analyze"/> for every scope argument outside generated code, with a way to report on it.</summary>
    public static void Register(CompilationStartAnalysisContext context, Action<ScopeArgument, Action<Diagnostic>> analyze, bool includeAttributes = true)
    {
        // One semantic-model action: symbol actions would make the driver wrap every declared symbol, and check each
        // file for [GeneratedCode] members the first time a diagnostic is reported there.
        var index = ScopeArgumentIndex.For(context.Compilation);
        context.RegisterSemanticModelAction(modelContext =>
        {
            // One delegate per file, not one per argument.
            Action<Diagnostic> report = modelContext.ReportDiagnostic;
            foreach (var argument in index.In(modelContext.SemanticModel, modelContext.CancellationToken))
            {
                if (includeAttributes || argument.Site != ScopeArgumentSite.Attribute)
                {
                    analyze(argument, report);
                }
            }
        });
    }

    public static ScopeArgument? FromAttribute(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetOperation(attribute, cancellationToken) is IAttributeOperation { Operation: IObjectCreationOperation creation }
            ? FromCreation(creation, ScopeArgumentSite.Attribute)
            : null;

    public static ScopeArgument? FromCreation(IObjectCreationOperation creation, ScopeArgumentSite site) =>
        creation.Constructor is { ContainingType: var type } && IsRequiresScopeAttribute(type) ? Find(creation.Arguments, site) : null;

    public static ScopeArgument? FromInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name != ExtensionName
            || !method.IsExtensionMethod
            || method.ContainingType is not { ContainingType: null } type
            || !IsScopesNamespace(type.ContainingNamespace))
        {
            return null;
        }

        return Find(invocation.Arguments, ScopeArgumentSite.RequireScopeCall);
    }

    public static bool IsScopeParameter(IParameterSymbol parameter) =>
        parameter is { Name: ParameterName, Type.SpecialType: SpecialType.System_String };

    public static bool IsRequiresScopeAttribute(INamedTypeSymbol type) =>
        type is { Name: AttributeName, ContainingType: null } && IsScopesNamespace(type.ContainingNamespace);

    private static ScopeArgument? Find(ImmutableArray<IArgumentOperation> arguments, ScopeArgumentSite site)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && IsScopeParameter(parameter) && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                return ScopeArgument.FromOperation(argument, site);
            }
        }

        return null;
    }

    private static bool IsScopesNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "Scopes", ContainingNamespace: { Name: "OpenCx", ContainingNamespace.IsGlobalNamespace: true } };
}
