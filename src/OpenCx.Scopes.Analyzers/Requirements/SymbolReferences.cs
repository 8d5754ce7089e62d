using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCx.Scopes.Analyzers.Requirements;

/// <summary>
/// Every read of and write to each local and parameter in one operation tree, built once per tree:
/// a Program.cs with a hundred endpoints on one group local walks its tree once, not a hundred times.
/// </summary>
internal sealed class SymbolReferences
{
    private static readonly ConditionalWeakTable<IOperation, SymbolReferences> PerRoot = new();

    private readonly Dictionary<ISymbol, List<IOperation>> references = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<IOperation>> assignedValues = new(SymbolEqualityComparer.Default);

    // Concurrent dictionaries of classes: their code is shared with every other such dictionary and compiled ahead of
    // time, where one over a value tuple was compiled by the JIT in every build; reads take no lock.
    private readonly ConcurrentDictionary<ISymbol, EndpointRequirements> followedOwn = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, EndpointRequirements> followedNotOwn = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, Group> groups = new(SymbolEqualityComparer.Default);

    private SymbolReferences(IOperation root)
    {
        foreach (var operation in OperationTree.PreOrder(root))
        {
            Index(operation);
        }
    }

    private void Index(IOperation operation)
    {
        switch (operation.Kind)
        {
            case OperationKind.LocalReference:
                var local = (ILocalReferenceOperation)operation;
                Add(references, local.Local, local);
                break;
            case OperationKind.ParameterReference:
                var parameter = (IParameterReferenceOperation)operation;
                Add(references, parameter.Parameter, parameter);
                break;
            case OperationKind.VariableDeclarator when operation is IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                Add(assignedValues, declarator.Symbol, initializer.Value);
                break;
            case OperationKind.SimpleAssignment or OperationKind.CompoundAssignment or OperationKind.CoalesceAssignment or OperationKind.DeconstructionAssignment
                when operation is IAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                Add(assignedValues, target.Local, assignment.Value);
                break;
        }
    }

    public static SymbolReferences For(IOperation operation)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        // The table is thread-safe; no lock, as each rule's thread asks while another may be indexing a large body.
        return PerRoot.GetValue(root, static root => new SymbolReferences(root));
    }

    public IReadOnlyList<IOperation> ReferencesTo(ISymbol symbol) =>
        references.TryGetValue(symbol, out var list) ? list : (IReadOnlyList<IOperation>)System.Array.Empty<IOperation>();

    /// <summary>The values a local is initialized with or assigned; the compound ones too, which makes them count as several.</summary>
    public IReadOnlyList<IOperation> ValuesOf(ISymbol local) =>
        assignedValues.TryGetValue(local, out var list) ? list : (IReadOnlyList<IOperation>)System.Array.Empty<IOperation>();

    /// <summary>
    /// What the builder held by <paramref name="symbol"/> gets through all its references, computed once per tree:
    /// a hundred endpoints on one group local ask the same question.
    /// </summary>
    public EndpointRequirements FollowedOnce(ISymbol symbol, bool own, System.Func<EndpointRequirements> compute) =>
        Once(own ? followedOwn : followedNotOwn, symbol, compute);

    /// <summary>
    /// The requirements and MapGroup prefixes of the group a local holds, computed once per tree: every endpoint
    /// mapped on the local walks the same chain back to the app. Asked without a callback, as most endpoints find it.
    /// </summary>
    public bool TryGetGroup(ILocalSymbol local, out Group group) => groups.TryGetValue(local, out group!);

    /// <summary>Keeps <paramref name="group"/> for <paramref name="local"/> unless another thread did first; returns the one kept.</summary>
    public Group KeepGroup(ILocalSymbol local, Group group) => groups.GetOrAdd(local, group);

    // The first answer kept is shared; computing may ask again for another symbol, so it is not done under a lock.
    private static TValue Once<TValue>(ConcurrentDictionary<ISymbol, TValue> table, ISymbol symbol, System.Func<TValue> compute)
        where TValue : class =>
        table.TryGetValue(symbol, out var found) ? found : table.GetOrAdd(symbol, compute());

    private static void Add(Dictionary<ISymbol, List<IOperation>> map, ISymbol symbol, IOperation operation)
    {
        if (!map.TryGetValue(symbol, out var list))
        {
            map[symbol] = list = new List<IOperation>();
        }

        list.Add(operation);
    }

    /// <summary>What a route group gives its endpoints: its requirements and its MapGroup prefixes, innermost first.</summary>
    internal sealed class Group(EndpointRequirements requirements, IReadOnlyList<string?> prefixes)
    {
        public EndpointRequirements Requirements { get; } = requirements;

        public IReadOnlyList<string?> Prefixes { get; } = prefixes;
    }
}
