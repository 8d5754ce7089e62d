using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCx.Scopes.Analyzers.Scopes;

/// <summary>
/// Finds scope arguments by name rather than by symbol: <c>OpenCx.Scopes.RequiresScopeAttribute(string scope)</c> and
/// a <c>RequireScope(..., string scope)</c> extension in namespace OpenCx.Scopes, so the generated types and the
/// run-time package's public ones are treated the same.
/// </summary>
internal static class ScopeArguments
{
    private const string AttributeName = "RequiresScopeAttribute";
    private const string ExtensionName = "RequireScope";
    private const string ParameterName = "scope";

    /// <summary>True when the compilation can have scope arguments at all: it sees a RequiresScopeAttribute.</summary>
    public static bool CanOccurIn(Compilation compilation) =>
        WellKnownTypes.For(compilation).Get(WellKnownType.RequiresScopeAttribute) is not null;

    /// <summary>Calls <paramref name="analyze"/> for every scope argument outside generated code.</summary>
    public static void Register(CompilationStartAnalysisContext context, Action<OperationAnalysisContext, ScopeArgument> analyze)
    {
        context.RegisterOperationAction(
            operationContext =>
            {
                if (FromCreation((IObjectCreationOperation)operationContext.Operation) is { } argument)
                {
                    analyze(operationContext, argument);
                }
            },
            OperationKind.ObjectCreation);
        context.RegisterOperationAction(
            operationContext =>
            {
                if (FromInvocation((IInvocationOperation)operationContext.Operation) is { } argument)
                {
                    analyze(operationContext, argument);
                }
            },
            OperationKind.Invocation);
    }

    /// <summary>An attribute usage or <c>new RequiresScopeAttribute(...)</c>: both bind to an object creation.</summary>
    public static ScopeArgument? FromCreation(IObjectCreationOperation creation)
    {
        var constructor = creation.Constructor;
        if (constructor is null
            || constructor.ContainingType is not { Name: AttributeName, ContainingType: null } type
            || !IsScopesNamespace(type.ContainingNamespace))
        {
            return null;
        }

        var site = creation.Parent is IAttributeOperation ? ScopeArgumentSite.Attribute : ScopeArgumentSite.AttributeCreation;
        return Find(creation.Arguments, site);
    }

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

    private static ScopeArgument? Find(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, ScopeArgumentSite site)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { Name: ParameterName, Type.SpecialType: SpecialType.System_String }
                && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                return new ScopeArgument(argument, site);
            }
        }

        return null;
    }

    private static bool IsScopesNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "Scopes", ContainingNamespace: { Name: "OpenCx", ContainingNamespace.IsGlobalNamespace: true } };
}
