using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    private const string ShortAttributeName = "RequiresScope";
    private const string ExtensionName = "RequireScope";
    private const string ParameterName = "scope";

    /// <summary>True when the compilation can have scope arguments at all: it sees a RequiresScopeAttribute.</summary>
    public static bool CanOccurIn(Compilation compilation) =>
        WellKnownTypes.For(compilation).Get(WellKnownType.RequiresScopeAttribute) is not null;

    /// <summary>Calls <paramref name="analyze"/> for every scope argument outside generated code, with a way to report on it.</summary>
    public static void Register(CompilationStartAnalysisContext context, Action<ScopeArgument, Action<Diagnostic>> analyze, bool includeAttributes = true)
    {
        // Attributes go through syntax: operation actions never visit attributes on lambdas and local functions.
        if (includeAttributes)
        {
            RegisterAttributes(context, analyze);
        }

        context.RegisterOperationAction(
            operationContext =>
            {
                if (operationContext.Operation.Parent is not IAttributeOperation
                    && FromCreation((IObjectCreationOperation)operationContext.Operation, ScopeArgumentSite.AttributeCreation) is { } argument)
                {
                    analyze(argument, operationContext.ReportDiagnostic);
                }
            },
            OperationKind.ObjectCreation);
        context.RegisterOperationAction(
            operationContext =>
            {
                if (FromInvocation((IInvocationOperation)operationContext.Operation) is { } argument)
                {
                    analyze(argument, operationContext.ReportDiagnostic);
                }
            },
            OperationKind.Invocation);
    }

    private static void RegisterAttributes(CompilationStartAnalysisContext context, Action<ScopeArgument, Action<Diagnostic>> analyze) =>
        context.RegisterSyntaxNodeAction(
            nodeContext =>
            {
                if (FromAttribute((AttributeSyntax)nodeContext.Node, nodeContext.SemanticModel, nodeContext.CancellationToken) is { } argument)
                {
                    analyze(argument, nodeContext.ReportDiagnostic);
                }
            },
            SyntaxKind.Attribute);

    private static ScopeArgument? FromAttribute(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        // Binding an attribute is the costly part; most attributes ([HttpGet], [Route]...) are ruled out by name first.
        // One bind: the attribute's operation carries its constructor, which FromCreation checks.
        return MayNameRequiresScope(attribute, model)
            && model.GetOperation(attribute, cancellationToken) is IAttributeOperation { Operation: IObjectCreationOperation creation }
            ? FromCreation(creation, ScopeArgumentSite.Attribute)
            : null;
    }

    private static bool MayNameRequiresScope(AttributeSyntax attribute, SemanticModel model)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right,
            AliasQualifiedNameSyntax aliased => aliased.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        if (name is null)
        {
            return false;
        }

        // Only a using alias (using Scope = OpenCx.Scopes.RequiresScopeAttribute;) gives the attribute another name.
        return name.Identifier.ValueText is ShortAttributeName or AttributeName
            || (name == attribute.Name && UsingAliases.AnyIn(model.Compilation));
    }

    private static ScopeArgument? FromCreation(IObjectCreationOperation creation, ScopeArgumentSite site) =>
        creation.Constructor is { ContainingType: var type } && IsRequiresScopeAttribute(type) ? Find(creation.Arguments, site) : null;

    private static ScopeArgument? FromInvocation(IInvocationOperation invocation)
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

    private static ScopeArgument? Find(ImmutableArray<IArgumentOperation> arguments, ScopeArgumentSite site)
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

    private static bool IsRequiresScopeAttribute(INamedTypeSymbol type) =>
        type is { Name: AttributeName, ContainingType: null } && IsScopesNamespace(type.ContainingNamespace);

    private static bool IsScopesNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "Scopes", ContainingNamespace: { Name: "OpenCx", ContainingNamespace.IsGlobalNamespace: true } };
}
