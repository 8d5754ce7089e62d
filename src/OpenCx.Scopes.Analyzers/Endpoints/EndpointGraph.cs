using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Analyzers.Requirements;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// The endpoints of a compilation and the flow between its methods, built once and shared by OCX0001, OCX0004
/// and OCX0007. A body is bound only when its syntax names a Map* method or a method in source that takes or
/// returns a builder, or when it is such a method itself; each body is analyzed once, whichever rule asks first.
/// </summary>
internal sealed class EndpointGraph
{
    private static readonly ConditionalWeakTable<Compilation, EndpointGraph> PerCompilation = new();

    private readonly Compilation compilation;
    private readonly WellKnownTypes types;
    private readonly ConcurrentDictionary<SyntaxNode, Lazy<ImmutableArray<Endpoint>>> bodies = new();
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<Endpoint>> controllers = new(SymbolEqualityComparer.Default);
    private readonly Lazy<HashSet<string>> builderMethodNames;
    private readonly Lazy<bool> mapsControllers;

    private EndpointGraph(Compilation compilation)
    {
        this.compilation = compilation;
        types = WellKnownTypes.For(compilation);
        builderMethodNames = new Lazy<HashSet<string>>(FindBuilderMethodNames);
        mapsControllers = new Lazy<bool>(() => compilation.SyntaxTrees.Any(tree => Contains(tree, "MapControllers")));
    }

    public FlowGraph Flow { get; } = new();

    public WellKnownTypes Types => types;

    /// <summary>True when some code calls MapControllers(), whose conventions only compilation end sees.</summary>
    public bool MapsControllers => mapsControllers.Value;

    public static EndpointGraph For(Compilation compilation) => PerCompilation.GetValue(compilation, static c => new EndpointGraph(c));

    public ImmutableArray<Endpoint> InController(INamedTypeSymbol type) =>
        controllers.GetOrAdd(type, _ => EndpointFinder.InController(type, types).ToImmutableArray());

    /// <summary>The minimal-API endpoints mapped in one code block; its cross-method edges go to <see cref="Flow"/>.</summary>
    public ImmutableArray<Endpoint> InBody(CodeBlockAnalysisContext context) =>
        bodies.GetOrAdd(context.CodeBlock, node => new Lazy<ImmutableArray<Endpoint>>(
            () => Analyze(node, context.OwningSymbol, context.SemanticModel, context.CancellationToken),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>True for a method in source whose builder parameters or returned builder the flow must follow.</summary>
    public bool IsTracked(IMethodSymbol method) =>
        method.IsInSource()
        && (BuilderTypes.IsConventionBuilder(method.ReturnType, types) || method.Parameters.Any(parameter => BuilderTypes.IsEither(parameter.Type, types)));

    private ImmutableArray<Endpoint> Analyze(SyntaxNode block, ISymbol owner, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!(owner is IMethodSymbol method && IsTracked(method)) && !NamesAnythingToFollow(block))
        {
            return ImmutableArray<Endpoint>.Empty;
        }

        return model.GetOperation(block, cancellationToken) is { } root
            ? EndpointBody.Analyze(root, owner, this)
            : ImmutableArray<Endpoint>.Empty;
    }

    // The cheap filter: most bodies name no Map* method and no builder helper, and are never bound.
    private bool NamesAnythingToFollow(SyntaxNode block)
    {
        foreach (var token in block.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken)
                && (token.ValueText.StartsWith("Map", StringComparison.Ordinal) || builderMethodNames.Value.Contains(token.ValueText))
                && token.Parent is SimpleNameSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string> FindBuilderMethodNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var symbol in compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Member))
        {
            if (symbol is IMethodSymbol method && !names.Contains(method.Name) && IsTracked(method))
            {
                names.Add(method.Name);
            }
        }

        return names;
    }

    private static bool Contains(SyntaxTree tree, string word)
    {
        var text = tree.GetText();
        for (var i = 0; i <= text.Length - word.Length; i++)
        {
            var matched = 0;
            while (matched < word.Length && text[i + matched] == word[matched])
            {
                matched++;
            }

            if (matched == word.Length)
            {
                return true;
            }
        }

        return false;
    }
}
