using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCx.Scopes.Analyzers.Scopes;

/// <summary>Where a scope argument was written.</summary>
internal enum ScopeArgumentSite
{
    /// <summary><c>[RequiresScope(...)]</c>.</summary>
    Attribute,

    /// <summary><c>new RequiresScopeAttribute(...)</c>.</summary>
    AttributeCreation,

    /// <summary><c>builder.RequireScope(...)</c>.</summary>
    RequireScopeCall,
}

/// <summary>The expression given as the <c>scope</c> of a RequiresScope attribute, attribute creation or RequireScope call.</summary>
internal sealed class ScopeArgument
{
    private ScopeArgument(ScopeArgumentSite site, SyntaxNode expression, bool isConstant, string? constantText, bool hasErrors)
    {
        Site = site;
        Expression = expression;
        IsConstant = isConstant;
        ConstantText = constantText;
        HasErrors = hasErrors || expression.ContainsDiagnostics;
    }

    public ScopeArgumentSite Site { get; }

    /// <summary>The argument expression, without any <c>scope:</c> name.</summary>
    public SyntaxNode Expression { get; }

    public Location Location => Expression.GetLocation();

    public bool IsConstant { get; }

    /// <summary>The constant text of the argument; null when it is not a constant or is the null constant.</summary>
    public string? ConstantText { get; }

    /// <summary>A string literal written directly as the argument, not a named constant or an expression.</summary>
    public bool IsLiteral => Expression.IsKind(SyntaxKind.StringLiteralExpression);

    /// <summary>Half-typed code: the argument has a syntax error, an unresolved name or a type the compiler could not bind.</summary>
    public bool HasErrors { get; }

    public static ScopeArgument FromOperation(IArgumentOperation argument, ScopeArgumentSite site)
    {
        var value = argument.Value;
        var constant = value.ConstantValue;
        return new ScopeArgument(
            site,
            value.Syntax,
            constant.HasValue,
            constant.HasValue ? constant.Value as string : null,
            value.DescendantsAndSelf().Any(operation => operation.Kind == OperationKind.Invalid || operation.Type is { TypeKind: TypeKind.Error }));
    }

    /// <summary>An attribute argument as the compiler bound it for the declaration: always a constant, unless in error.</summary>
    public static ScopeArgument FromAttribute(SyntaxNode expression, TypedConstant value) =>
        new(ScopeArgumentSite.Attribute, expression, isConstant: true, value.Value as string, hasErrors: value.Kind == TypedConstantKind.Error);
}
