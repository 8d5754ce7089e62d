using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers;

/// <summary>Walks a bound body the way the endpoint rules need it, without DescendantsAndSelf's stack of enumerators.</summary>
internal static class OperationTree
{
    /// <summary>
    /// <paramref name="root"/> and every operation under it, each before its children and in source order, as
    /// DescendantsAndSelf gives them; with a stack of our own, so a deep expression can't overflow the thread's.
    /// </summary>
    public static IEnumerable<IOperation> PreOrder(IOperation root)
    {
        var pending = new Stack<IOperation>(32); // a body's statements sit on it side by side: one array, not four
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            yield return operation;
            foreach (var child in operation.ChildOperations.Reverse())
            {
                pending.Push(child);
            }
        }
    }
}
