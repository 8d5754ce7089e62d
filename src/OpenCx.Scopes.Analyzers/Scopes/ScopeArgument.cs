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
    public ScopeArgument(IArgumentOperation argument, ScopeArgumentSite site)
    {
        Argument = argument;
        Site = site;
    }

    public IArgumentOperation Argument { get; }

    public ScopeArgumentSite Site { get; }

    public IOperation Value => Argument.Value;

    /// <summary>The argument expression, without any <c>scope:</c> name.</summary>
    public Location Location => Value.Syntax.GetLocation();

    public bool IsConstant => Value.ConstantValue.HasValue;

    /// <summary>The constant text of the argument; null when it is not a constant or is the null constant.</summary>
    public string? ConstantText => Value.ConstantValue.HasValue ? Value.ConstantValue.Value as string : null;

    /// <summary>A string literal written directly as the argument, not a named constant or an expression.</summary>
    public bool IsLiteral => Value.Syntax.IsKind(SyntaxKind.StringLiteralExpression);

    /// <summary>Half-typed code: the argument has a syntax error, an unresolved name or a type the compiler could not bind.</summary>
    public bool HasErrors =>
        Value.Syntax.ContainsDiagnostics
        || Value.DescendantsAndSelf().Any(operation => operation.Kind == OperationKind.Invalid || operation.Type is { TypeKind: TypeKind.Error });
}
