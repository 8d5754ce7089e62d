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

    // Plain dictionaries under a lock, with class values: a dictionary over a struct is compiled anew by the JIT in
    // every build, and these are asked a few thousand times at most.
    private readonly Dictionary<ISymbol, EndpointRequirements> followedOwn = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, EndpointRequirements> followedNotOwn = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, Group> groups = new(SymbolEqualityComparer.Default);

    [MethodImpl(HotPath.Optimized)]
    private SymbolReferences(IOperation root)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation.Kind is not (OperationKind.LocalReference or OperationKind.ParameterReference or OperationKind.VariableDeclarator
                or OperationKind.SimpleAssignment or OperationKind.CompoundAssignment or OperationKind.CoalesceAssignment or OperationKind.DeconstructionAssignment))
            {
                continue;
            }

            switch (operation)
            {
                case ILocalReferenceOperation local:
                    Add(references, local.Local, local);
                    break;
                case IParameterReferenceOperation parameter:
                    Add(references, parameter.Parameter, parameter);
                    break;
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    Add(assignedValues, declarator.Symbol, initializer.Value);
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Add(assignedValues, target.Local, assignment.Value);
                    break;
            }
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
    /// mapped on the local walks the same chain back to the app.
    /// </summary>
    public Group GroupOnce(ILocalSymbol local, System.Func<Group> compute) => Once(groups, local, compute);

    // Computed outside the lock, as computing may ask again for another symbol; the first answer kept is shared.
    private TValue Once<TValue>(Dictionary<ISymbol, TValue> table, ISymbol symbol, System.Func<TValue> compute)
        where TValue : class
    {
        lock (table)
        {
            if (table.TryGetValue(symbol, out var found))
            {
                return found;
            }
        }

        var computed = compute();
        lock (table)
        {
            if (table.TryGetValue(symbol, out var found))
            {
                return found;
            }

            table[symbol] = computed;
            return computed;
        }
    }

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
