using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCx.Scopes.Analyzers.Scopes;

/// <summary>
/// The scope arguments of each file: <c>[RequiresScope]</c> (read from the compiler's <see cref="AttributeData"/>
/// on types and methods), <c>RequireScope(...)</c> calls, <c>new RequiresScopeAttribute(...)</c> and attributes of
/// lambdas and local functions. Found once per compilation for every rule: a text search for the names, then
/// only the matching expressions are bound.
/// </summary>
internal sealed class ScopeArgumentIndex
{
    private static readonly ConditionalWeakTable<Compilation, ScopeArgumentIndex> PerCompilation = new();

    // The attribute's own names, then any using alias of it; RequireScope is a method and can't be aliased.
    private static readonly string[] AttributeNames = { ScopeArguments.ShortAttributeName, ScopeArguments.AttributeName };

    private readonly ImmutableHashSet<string> names;
    private readonly TokenPositions candidates;
    private readonly ConcurrentDictionary<SyntaxTree, ImmutableArray<ScopeArgument>> byTree = new();

    private ScopeArgumentIndex(ImmutableArray<string> aliases)
    {
        names = ImmutableHashSet.Create(StringComparer.Ordinal, AttributeNames).Add(ScopeArguments.ExtensionName).Union(aliases);
        // "RequiresScope" also finds "RequiresScopeAttribute"; "new(" finds target-typed creations, whose type has no name here.
        var searched = ImmutableArray.Create(ScopeArguments.ShortAttributeName, ScopeArguments.ExtensionName, "new(", "new (").AddRange(aliases);
        candidates = new TokenPositions(searched, token => Candidate(token) is not null);
    }

    public static ScopeArgumentIndex For(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new ScopeArgumentIndex(UsingAliases.NamesFor(c, AttributeNames)));

    public ImmutableArray<ScopeArgument> In(SemanticModel model, CancellationToken cancellationToken)
    {
        // Two rules may find a file at once; both get the same answer, and the first one kept is shared.
        return byTree.TryGetValue(model.SyntaxTree, out var found)
            ? found
            : byTree.GetOrAdd(model.SyntaxTree, Find(model, cancellationToken));
    }

    private ImmutableArray<ScopeArgument> Find(SemanticModel model, CancellationToken cancellationToken)
    {
        var arguments = ImmutableArray.CreateBuilder<ScopeArgument>();
        foreach (var node in Candidates(model.SyntaxTree, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Bind(node, model, cancellationToken) is { } argument)
            {
                arguments.Add(argument);
            }
        }

        return arguments.ToImmutable();
    }

    private static ScopeArgument? Bind(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) =>
        node is AttributeSyntax attribute
            ? DeclarationScopeAttributes.IsOnDeclaration(attribute)
                ? DeclarationScopeAttributes.From(attribute, model, cancellationToken)
                : ScopeArguments.FromAttribute(attribute, model, cancellationToken)
            : model.GetOperation(node, cancellationToken) switch
            {
                IInvocationOperation invocation => ScopeArguments.FromInvocation(invocation),
                IObjectCreationOperation creation => ScopeArguments.FromCreation(creation, ScopeArgumentSite.AttributeCreation),
                _ => null,
            };

    /// <summary>The calls, creations and attributes of a file that may be scope arguments, each once: each is found by one token.</summary>
    private IEnumerable<SyntaxNode> Candidates(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        foreach (var position in candidates.In(tree, cancellationToken))
        {
            if (Candidate(root.FindToken(position)) is { } node)
            {
                yield return node;
            }
        }
    }

    private SyntaxNode? Candidate(SyntaxToken token)
    {
        if (token.IsKind(SyntaxKind.NewKeyword))
        {
            return token.Parent is ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation ? creation : null;
        }

        if (!token.IsKind(SyntaxKind.IdentifierToken) || !names.Contains(token.ValueText) || token.Parent is not SimpleNameSyntax name)
        {
            return null;
        }

        // From the simple name out to the whole name: OpenCx.Scopes.RequiresScope, builder.RequireScope, b?.RequireScope.
        SyntaxNode whole = name;
        while (whole.Parent is QualifiedNameSyntax qualified && qualified.Right == whole
            || whole.Parent is AliasQualifiedNameSyntax aliased && aliased.Name == whole
            || whole.Parent is MemberAccessExpressionSyntax access && access.Name == whole
            || whole.Parent is MemberBindingExpressionSyntax binding && binding.Name == whole)
        {
            whole = whole.Parent;
        }

        return whole.Parent switch
        {
            AttributeSyntax attribute when attribute.Name == whole => attribute,
            InvocationExpressionSyntax invocation when invocation.Expression == whole => invocation,
            ObjectCreationExpressionSyntax creation when creation.Type == whole => creation,
            _ => null,
        };
    }
}
